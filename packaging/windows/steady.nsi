; Windows installer for Steady (NSIS 3). Built by packaging/windows/build.ps1 on Windows:
;   makensis /DVERSION=0.1.0 /DPAYLOAD=..\..\dist\steady /DOUTFILE=..\..\dist\steady-0.1.0-setup.exe
;            /DLICENSE_FILE=..\..\build\LICENSE.txt steady.nsi
; Per-user install (no administrator rights needed), the licence shown first, Start menu shortcuts (Steady,
; and its quick ways in: Steady me now, Let it out), plan files (.steady) that open in Steady with a double
; click, an entry in Settings > Apps (Add/Remove Programs) with its version, publisher and size, clean uninstall.
; Relative paths are from this folder: makensis works in the script's folder.
Unicode true
!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "Integration.nsh"
!include "FileFunc.nsh"

!ifndef VERSION  ; build.ps1 passes it; otherwise it is Steady's own, read from app/__init__.py
  !searchparse /file "..\..\app\__init__.py" '__version__ = "' VERSION '"'
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\..\dist\steady"
!endif
!ifndef OUTFILE
  !define OUTFILE "steady-${VERSION}-setup.exe"
!endif
; The licence page shows a plain text file as it is, and Windows' text box breaks lines only at CR LF
; (NSIS: "the file must be in the DOS text format"), so build.ps1 passes a CR LF copy of LICENSE.
!ifndef LICENSE_FILE
  !define LICENSE_FILE "..\..\LICENSE"
!endif

!define PLAN_PROGID "Steady.Plan"  ; the Windows name of Steady's plan files (.steady)
; Settings > Apps (Add/Remove Programs) reads what it shows of Steady from here.
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Steady"
!define UNINSTALLER "Uninstall Steady.exe"
!define PUBLISHER "The Steady developers"  ; the authors, as pyproject.toml names them

Name "Steady"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Steady"
InstallDirRegKey HKCU "Software\Steady" "InstallDir"
RequestExecutionLevel user
!ifdef UNCOMPRESSED  ; for the tests, which read what the compiled installer holds
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif
BrandingText "Steady ${VERSION}"

!define MUI_ICON "..\..\resources\icons\steady.ico"
!define MUI_UNICON "..\..\resources\icons\steady.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\steady.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Open Steady now"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"  ; the GNU GPL, version 3 or later
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "Steady" SecMain
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"
  WriteRegStr HKCU "Software\Steady" "InstallDir" "$INSTDIR"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"
  CreateShortcut "$SMPROGRAMS\Steady.lnk" "$INSTDIR\steady.exe" "" "$INSTDIR\steady.exe" 0
  ; The quick ways in, like the Linux launcher's actions: each goes to the running Steady if one is open.
  CreateDirectory "$SMPROGRAMS\Steady"
  CreateShortcut "$SMPROGRAMS\Steady\Steady me now.lnk" "$INSTDIR\steady.exe" "--exercise steady-me-now --start" "$INSTDIR\steady.exe" 0
  CreateShortcut "$SMPROGRAMS\Steady\Let it out.lnk" "$INSTDIR\steady.exe" "--let-it-out" "$INSTDIR\steady.exe" 0
  ; Settings > Apps: for this person only (HKCU), like the rest of the install. The uninstaller's path is
  ; quoted, as Windows runs these command lines as they stand ($INSTDIR may hold spaces).
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Steady"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\steady.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ; The size Settings shows: the install folder as it now is (the uninstaller too), in KB, as a DWORD.
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
  ; No URLInfoAbout: Steady has no web page yet.
  ; Plan files: .steady opens in Steady (as its Linux type application/x-steady-plan does). For this
  ; person only, like the rest of the install: HKCU\Software\Classes is their part of HKEY_CLASSES_ROOT.
  ; A program the person picked themselves for .steady (Explorer's UserChoice) stays their choice;
  ; OpenWithProgids keeps Steady in "Open with" then.
  WriteRegStr HKCU "Software\Classes\${PLAN_PROGID}" "" "Steady plan"
  WriteRegStr HKCU "Software\Classes\${PLAN_PROGID}\DefaultIcon" "" "$INSTDIR\steady.exe,0"
  WriteRegStr HKCU "Software\Classes\${PLAN_PROGID}\shell\open\command" "" '"$INSTDIR\steady.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\.steady" "" "${PLAN_PROGID}"
  WriteRegNone HKCU "Software\Classes\.steady\OpenWithProgids" "${PLAN_PROGID}"
  ${NotifyShell_AssocChanged}
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\Steady.lnk"
  Delete "$SMPROGRAMS\Steady\Steady me now.lnk"
  Delete "$SMPROGRAMS\Steady\Let it out.lnk"
  RMDir "$SMPROGRAMS\Steady"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\Steady"
  ; Plan files: the ProgID is Steady's own; .steady is shared, so only Steady's entries in it go (its
  ; default only while it still names Steady), and the key itself only once nothing else is in it.
  DeleteRegKey HKCU "Software\Classes\${PLAN_PROGID}"
  DeleteRegValue HKCU "Software\Classes\.steady\OpenWithProgids" "${PLAN_PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\.steady\OpenWithProgids"
  ReadRegStr $0 HKCU "Software\Classes\.steady" ""
  ${If} $0 == "${PLAN_PROGID}"
    DeleteRegValue HKCU "Software\Classes\.steady" ""
  ${EndIf}
  DeleteRegKey /ifempty HKCU "Software\Classes\.steady"
  ${NotifyShell_AssocChanged}
  ; The person's own data (%LOCALAPPDATA%\steady) is theirs: Steady's "Delete all my data" removes it.
SectionEnd
