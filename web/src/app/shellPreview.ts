// The server draws a read-only preview of a worker's inbox over the page while the scripts load
// (server/src/http/app-shell.ts). It goes once the app shows the inbox itself, or any other page.
export function dropShellPreview(): void {
  document.getElementById('shell-preview')?.remove();
}
