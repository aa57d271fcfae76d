; Inno Setup 6 script: the Windows installer of mediation-desk.
; Build the bundle first (docs/packaging.md, "Windows"), then from this folder:
;   iscc /DAppVersion=0.1.0 mediation-desk.iss
; Signed (the certificate in the Windows certificate store, an RFC 3161 timestamp):
;   iscc /DAppVersion=0.1.0 /DSignedBuild "/Ssigntool=signtool.exe sign /fd sha256 /td sha256 /tr $qTIMESTAMP-URL$q /a $f" mediation-desk.iss
; Installs to Program Files; users' case books stay in %LOCALAPPDATA%\mediation-desk and are never
; removed by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "新就业形态劳动争议调解"
#define AppExe "mediation-desk.exe"
#define CliExe "mediation-desk-cli.exe"
#define Bundle "..\..\dist\mediation-desk"

[Setup]
AppId={{6F0C7A52-3C1E-4C4B-9D57-2B8E4F0A9C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=mediation-desk
DefaultDirName={autopf}\mediation-desk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=mediation-desk-setup-{#AppVersion}-x64
SetupIconFile=..\..\resources\icons\mediation-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
#ifdef SignedBuild
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
; ChineseSimplified.isl ships with Inno Setup 6.3 and later (older releases: put the translation
; file from the Inno Setup website into the compiler's Languages folder).
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.SelfTest=自检（检查本机能否运行本程序）
english.SelfTest=Self-test (can this PC run the program?)
chinesesimplified.SelfTestFailed=安装完成，但自检未通过：本程序在这台电脑上可能无法正常工作。请在开始菜单运行“自检”查看是哪一部分出了问题。
english.SelfTestFailed=Installed, but the self-test failed: the program may not work on this PC. Run "Self-test" from the Start menu to see which part failed.
chinesesimplified.BackupType=调解案件库备份
english.BackupType=Mediation Desk case book backup
chinesesimplified.HandoffType=法院衔接移交包
english.HandoffType=Mediation Desk court hand-off package
chinesesimplified.Launch=启动 {#AppName}
english.Launch=Start Mediation Desk
chinesesimplified.DataKept=案件库、密钥文件和备份保存在每位用户的 %LOCALAPPDATA%\mediation-desk 文件夹中，卸载本程序不会删除它们。
english.DataKept=Case books, key files and backups are kept in each user's %LOCALAPPDATA%\mediation-desk folder; uninstalling does not delete them.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "mediation-desk"
Name: "{autoprograms}\{#AppName}\{cm:SelfTest}"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" --self-test"; IconFilename: "{app}\{#AppExe}"
Name: "{autoprograms}\{#AppName}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The file types get their names and the program's icon in Explorer. Opening one by double-click is
; not registered: a backup is restored and a package checked from inside the program.
Root: HKA; Subkey: "Software\Classes\.mdbak"; ValueType: string; ValueName: ""; ValueData: "MediationDesk.Backup"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.mdbak"; ValueType: string; ValueName: "Content Type"; ValueData: "application/vnd.mediation-desk.backup"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\MediationDesk.Backup"; ValueType: string; ValueName: ""; ValueData: "{cm:BackupType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\MediationDesk.Backup\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\.mdpkg"; ValueType: string; ValueName: ""; ValueData: "MediationDesk.Handoff"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.mdpkg"; ValueType: string; ValueName: "Content Type"; ValueData: "application/vnd.mediation-desk.handoff+zip"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\MediationDesk.Handoff"; ValueType: string; ValueName: ""; ValueData: "{cm:HandoffType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\MediationDesk.Handoff\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:Launch}"; Flags: nowait postinstall skipifsilent

; [UninstallDelete] deliberately removes nothing outside {app}: the users' data stays.

[Code]
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
begin
  if CurStep = ssPostInstall then
  begin
    { The installed bundle checks itself: SQLCipher, Qt, the document worker, the fonts. }
    if not Exec(ExpandConstant('{app}\{#CliExe}'), '--self-test', ExpandConstant('{tmp}'), SW_HIDE,
                ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
      SuppressibleMsgBox(CustomMessage('SelfTestFailed'), mbError, MB_OK, IDOK);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    SuppressibleMsgBox(CustomMessage('DataKept'), mbInformation, MB_OK, IDOK);
end;
