; Windows installer for Steady (NSIS 3). Built by packaging/windows/build.ps1 on Windows:
;   makensis /DVERSION=0.1.0 /DPAYLOAD=..\..\dist\steady /DOUTFILE=..\..\dist\steady-0.1.0-setup.exe steady.nsi
; Per-user install (no administrator rights needed), Start menu shortcuts (Steady, and its quick ways in:
; Steady me now, Let it out), clean uninstall.
Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\..\dist\steady"
!endif
!ifndef OUTFILE
  !define OUTFILE "steady-${VERSION}-setup.exe"
!endif

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
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\Steady.lnk"
  Delete "$SMPROGRAMS\Steady\Steady me now.lnk"
  Delete "$SMPROGRAMS\Steady\Let it out.lnk"
  RMDir "$SMPROGRAMS\Steady"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\Steady"
  DeleteRegKey HKCU "Software\Steady"
  ; The person's own data (%LOCALAPPDATA%\steady) is theirs: Steady's "Delete all my data" removes it.
SectionEnd
