import type { OpenDialogOptions, SaveDialogOptions } from 'electron';

/**
 * The native dialogs as handlers see them: already parented to the main window by the
 * composition root, so tests replace them with plain functions.
 */
export type DialogPort = {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
};

export type FileFilter = { name: string; extensions: string[] };

/** Chosen paths never reach the recent-documents list: file names can carry case refs. */
type OpenProperty = NonNullable<OpenDialogOptions['properties']>[number];
type SaveProperty = NonNullable<SaveDialogOptions['properties']>[number];

export const openFileProperties = (multiple: boolean): OpenProperty[] =>
  multiple ? ['openFile', 'multiSelections', 'dontAddToRecent'] : ['openFile', 'dontAddToRecent'];

export const saveFileProperties: SaveProperty[] = [
  'showOverwriteConfirmation',
  'createDirectory',
  'dontAddToRecent',
];

/** The save dialog's answer as a path, or null when the user cancelled. */
export function chosenSavePath(answer: { canceled: boolean; filePath?: string }): string | null {
  return answer.canceled || !answer.filePath ? null : answer.filePath;
}
