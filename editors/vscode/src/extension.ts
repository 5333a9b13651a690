// Starts `nkcontentlint lsp` for Markdown files and hands everything else to the language server.
import * as path from "path";
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

/** The command that runs the server: the configured program, a .dll through dotnet, or the tool on PATH. */
export function serverCommand(configuredPath: string, workspaceFolder: string | undefined): { command: string; args: string[] } {
  const program = configuredPath.trim();
  if (program === "") {
    return { command: "nkcontentlint", args: ["lsp"] };
  }

  const resolved = path.isAbsolute(program) || workspaceFolder === undefined ? program : path.join(workspaceFolder, program);
  return resolved.toLowerCase().endsWith(".dll")
    ? { command: "dotnet", args: [resolved, "lsp"] }
    : { command: resolved, args: ["lsp"] };
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const settings = vscode.workspace.getConfiguration("nkcontentlint");
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const { command, args } = serverCommand(settings.get<string>("path", ""), folder);
  // TransportKind.stdio adds --stdio to the arguments; the server accepts it.
  const serverOptions: ServerOptions = { command, args, transport: TransportKind.stdio, options: { cwd: folder } };
  const configFile = settings.get<string>("configFile", "").trim();
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: "markdown" }],
    initializationOptions: {
      configFile: configFile === "" || folder === undefined ? configFile : path.resolve(folder, configFile),
    },
    outputChannelName: "NkContentLint",
  };

  client = new LanguageClient("nkcontentlint", "NkContentLint", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(
      `NkContentLint: could not start '${command} ${args.join(" ")}': ${String(error)}. Install the tool (dotnet tool install --global NkContentLint.Cli) or set nkcontentlint.path.`);
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand("nkcontentlint.restart", async () => {
      await client?.stop();
      await start(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("nkcontentlint.path") || event.affectsConfiguration("nkcontentlint.configFile")) {
        await client?.stop();
        await start(context);
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
