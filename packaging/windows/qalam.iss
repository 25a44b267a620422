; Inno Setup 6 script: installs the one-folder bundle (dist\qalam\) built on Windows by
; `pyinstaller packaging\qalam.spec`, with a Start menu entry, the .qalam file association and an
; uninstaller. From the repository root:  iscc packaging\windows\qalam.iss
; The version below is stamped from studio/__init__.py by packaging/stamp_version.py (a test checks
; it); `iscc /DAppVersion=X.Y.Z` overrides it for a one-off build.

; Inno Setup 6.5 is the first release that ships the Arabic messages (Languages\Arabic.isl).
#if VER < EncodeVer(6, 5, 0)
  #error Inno Setup 6.5 or newer is needed
#endif

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Qalam Studio"
#define AppExe "qalam.exe"
#define ProgId "QalamStudio.Library"

[Setup]
; The AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{6D3F0B8E-4A52-4C1D-9E7B-2F5A8C1E0D47}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Qalam Studio developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (no administrator needed); the dialog offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=qalam.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=QalamStudio-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\qalam\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .qalam files open in the studio: `qalam.exe FILE.qalam` opens that library (studio/cli.py).
Root: HKA; Subkey: "Software\Classes\.qalam"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.qalam\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Qalam Studio library"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".qalam"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
