// The Posture extension: starts `posture lsp` and connects VS Code to it. All the work
// (diagnostics, hover documentation, "ignore" quick fixes) happens in the server.

import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
} from "vscode-languageclient/node";

let client: LanguageClient | undefined;

/** The settings the server reads (`initializationOptions` and the `posture` section). */
function serverSettings() {
  const c = vscode.workspace.getConfiguration("posture");
  return {
    select: c.get<string[]>("select", []),
    ignore: c.get<string[]>("ignore", []),
    varFiles: c.get<string[]>("varFiles", []),
    strictUnknowns: c.get<boolean>("strictUnknowns", false),
  };
}

function createClient(): LanguageClient {
  const c = vscode.workspace.getConfiguration("posture");
  const command = c.get<string>("path", "posture") || "posture";
  const args = c.get<string[]>("args", ["lsp"]);
  const serverOptions: ServerOptions = {
    run: { command, args },
    debug: { command, args },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "terraform" },
      { scheme: "file", language: "terraform-vars" },
      { scheme: "untitled", language: "terraform" },
      { scheme: "file", pattern: "**/*.tf" },
      { scheme: "file", pattern: "**/*.tf.json" },
      { scheme: "file", pattern: "**/*.tfvars" },
      { scheme: "file", pattern: "**/*.tfvars.json" },
      { scheme: "file", pattern: "**/*.tfplan.json" },
    ],
    initializationOptions: serverSettings(),
    // Changes to the `posture` section are sent as workspace/didChangeConfiguration.
    synchronize: { configurationSection: "posture" },
  };
  // The id "posture" makes the client read `posture.trace.server`.
  return new LanguageClient("posture", "Posture", serverOptions, clientOptions);
}

async function start(): Promise<void> {
  client = createClient();
  try {
    await client.start();
  } catch (e) {
    const path = vscode.workspace.getConfiguration("posture").get<string>("path");
    void vscode.window.showErrorMessage(
      `Posture: cannot start the language server (${path} lsp): ${e}`,
    );
  }
}

async function stop(): Promise<void> {
  const c = client;
  client = undefined;
  if (c && c.state !== State.Stopped) {
    await c.stop();
  }
}

async function explain(): Promise<void> {
  if (!client) {
    return;
  }
  const id = await vscode.window.showInputBox({
    prompt: "Check id (or a Checkov/Trivy id)",
    placeHolder: "AWS-S3-001",
  });
  if (!id) {
    return;
  }
  try {
    const markdown = await client.sendRequest<string>("workspace/executeCommand", {
      command: "posture.explain",
      arguments: [id.trim()],
    });
    const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: markdown });
    await vscode.commands.executeCommand("markdown.showPreview", doc.uri);
  } catch (e) {
    void vscode.window.showErrorMessage(`Posture: ${e}`);
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand("posture.restartServer", async () => {
      await stop();
      await start();
    }),
    vscode.commands.registerCommand("posture.explainCheck", explain),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // A different executable or arguments need a new server process.
      if (e.affectsConfiguration("posture.path") || e.affectsConfiguration("posture.args")) {
        await stop();
        await start();
      }
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}
