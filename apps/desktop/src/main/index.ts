import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { handleFileDialogs, installMenu } from './dialogs.ts';
import { connectWindow, startServiceProcess } from './serviceProcess.ts';
import { createArticleWindow, denyAllPermissions, lockDownAllContents } from './window.ts';

// Sample articles ship beside the app when packaged, and live in resources/ in the repo.
const samplesDir = app.isPackaged
  ? join(process.resourcesPath, 'samples')
  : join(import.meta.dirname, '../../../../resources/samples');

app.enableSandbox();
lockDownAllContents();

void app.whenReady().then(() => {
  denyAllPermissions();
  handleFileDialogs();
  installMenu();
  const service = startServiceProcess({
    dbPath: join(app.getPath('userData'), 'corpus.sqlite'),
    samplesDir,
  });
  const open = () => {
    const window = createArticleWindow();
    window.webContents.on('did-finish-load', () => connectWindow(service, window.webContents));
  };
  open();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => service.kill());
});
