import { BrowserWindow, dialog, ipcMain, Menu } from 'electron';

/**
 * The desktop edition chooses files with the system's dialogs; the renderer asks through
 * the preload and gets back paths, which it passes to the service like the CLI does.
 */
export function handleFileDialogs(): void {
  ipcMain.handle('winnow:choose-files', async (event) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.OpenDialogOptions = {
      title: 'Import articles or bundles',
      properties: ['openFile', 'openDirectory', 'multiSelections'],
      filters: [{ name: 'Articles and bundles', extensions: ['txt', 'html', 'htm', 'md', 'zip'] }],
    };
    const chosen = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return chosen.canceled ? [] : chosen.filePaths;
  });
  ipcMain.handle('winnow:choose-export', async (event, suggested: unknown) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.SaveDialogOptions = {
      title: 'Export',
      defaultPath: typeof suggested === 'string' ? suggested : 'winnow-export',
    };
    const chosen = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
  });
}

/** File → Import… and Export… tell the page, which runs the same flow as its buttons. */
export function installMenu(): void {
  const send = (what: 'import' | 'export') => () =>
    BrowserWindow.getFocusedWindow()?.webContents.send('winnow:menu', what);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      {
        label: 'File',
        submenu: [
          { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: send('import') },
          { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: send('export') },
          { type: 'separator' },
          { role: 'quit' },
        ],
      },
      { role: 'editMenu' },
      { role: 'viewMenu' },
    ]),
  );
}
