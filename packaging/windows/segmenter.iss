; Inno Setup script for the Windows installer (UNTESTED: written on Linux, where
; neither Windows nor Inno Setup runs).  Build the folder first on Windows:
;     python packaging\build.py            → dist\Segmenter\
; then compile this script with Inno Setup 6:
;     iscc packaging\windows\segmenter.iss  → dist\Segmenter-0.1.0-setup.exe
; It installs for the current user (no administrator rights), adds a Start-menu
; entry, opens .segmenter projects with Segmenter, and uninstalls cleanly.

#define AppName "Segmenter"
#define AppVersion "0.1.0"
#define Source "..\..\dist\Segmenter"

[Setup]
AppId={{6F1D1C2B-5B4E-4C8E-9E33-2B8F0F6D7A41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Segmenter
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=Segmenter-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\segmenter.ico
UninstallDisplayIcon={app}\Segmenter.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\resources\licenses\LGPL-3.0.txt

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#Source}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\Segmenter.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Registry]
; .segmenter → Segmenter.Project → "Segmenter.exe open <file>"
Root: HKA; Subkey: "Software\Classes\.segmenter"; ValueType: string; ValueName: ""; ValueData: "Segmenter.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Segmenter.Project"; ValueType: string; ValueName: ""; ValueData: "Segmenter project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Segmenter.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Segmenter.exe,0"
Root: HKA; Subkey: "Software\Classes\Segmenter.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Segmenter.exe"" open ""%1"""

[Run]
Filename: "{app}\Segmenter.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
