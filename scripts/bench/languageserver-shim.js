// vscode-markdown-languageservice 0.4.0 (the newest release for Node 20; 0.5.0
// wants Node 22) requires `vscode-languageserver` without declaring it
// (fixed upstream in microsoft/vscode-markdown-languageservice#166). It uses
// three names from it; this stands in for them when the package is not
// installed. Only CancellationTokenSource is on the document-symbols path.
'use strict';

const { provideModule } = require('../lib/loadSource');
const { DiagnosticSeverity } = require('vscode-languageserver-types');

class Emitter {
  constructor() {
    this.listeners = new Set();
    this.event = (listener, thisArg) => {
      const l = thisArg ? listener.bind(thisArg) : listener;
      this.listeners.add(l);
      return { dispose: () => this.listeners.delete(l) };
    };
  }
  fire(value) {
    for (const l of [...this.listeners]) l(value);
  }
  dispose() {
    this.listeners.clear();
  }
}

class CancellationTokenSource {
  constructor() {
    this.emitter = new Emitter();
    this.cancelled = false;
    const source = this;
    this.token = {
      get isCancellationRequested() {
        return source.cancelled;
      },
      onCancellationRequested: this.emitter.event,
    };
  }
  cancel() {
    if (this.cancelled) return;
    this.cancelled = true;
    this.emitter.fire(undefined);
  }
  dispose() {
    this.emitter.dispose();
  }
}

/** Lets `require('vscode-languageserver')` resolve: to the real package when installed, else to this shim. Returns which. */
function installLanguageServerShim() {
  try {
    require.resolve('vscode-languageserver');
    return 'vscode-languageserver (installed)';
  } catch {
    // not installed: fall through to the shim
  }
  provideModule('vscode-languageserver', () => ({ CancellationTokenSource, Emitter, DiagnosticSeverity }));
  return 'shim (scripts/bench/languageserver-shim.js)';
}

module.exports = { installLanguageServerShim };
