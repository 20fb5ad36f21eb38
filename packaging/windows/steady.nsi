; Windows installer for Steady (NSIS 3). Built by packaging/windows/build.ps1 on Windows:
;   makensis /DVERSION=0.1.0 /DPAYLOAD=..\..\dist\steady /DOUTFILE=..\..\dist\steady-0.1.0-setup.exe steady.nsi
; Per-user install (no administrator rights needed), Start menu shortcuts (Steady, and its quick ways in:
; Steady me now, Let it out), plan files (.steady) that open in Steady with a double click, clean uninstall.
Unicode true
!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "Integration.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\..\dist\steady"
!endif
!ifndef OUTFILE
  !define OUTFILE "steady-${VERSION}-setup.exe"
!endif

!define PLAN_PROGID "Steady.Plan"  ; the Windows name of Steady's plan files (.steady)

Name "Steady"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Steady"
InstallDirRegKey HKCU "Software\Steady" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma
BrandingText "Steady ${VERSION}"

!define MUI_ICON "..\..\resources\icons\steady.ico"
!define MUI_UNICON "..\..\resources\icons\steady.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\steady.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Open Steady now"
!insertmacro MUI_PAGE_WELCOME
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
  WriteUninstaller "$INSTDIR\Uninstall Steady.exe"
  CreateShortcut "$SMPROGRAMS\Steady.lnk" "$INSTDIR\steady.exe" "" "$INSTDIR\steady.exe" 0
  ; The quick ways in, like the Linux launcher's actions: each goes to the running Steady if one is open.
  CreateDirectory "$SMPROGRAMS\Steady"
  CreateShortcut "$SMPROGRAMS\Steady\Steady me now.lnk" "$INSTDIR\steady.exe" "--exercise steady-me-now --start" "$INSTDIR\steady.exe" 0
  CreateShortcut "$SMPROGRAMS\Steady\Let it out.lnk" "$INSTDIR\steady.exe" "--let-it-out" "$INSTDIR\steady.exe" 0
  !define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Steady"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Steady"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The Steady developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\steady.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall Steady.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
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
  DeleteRegKey HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\Steady"
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
