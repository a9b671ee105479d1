// A stand-in for the `vscode` module, enough to run activate(): every
// register*/create*/on* call returns a no-op disposable, every enum member and
// class is a stub; there is no open editor and no open document.
'use strict';

const fs = require('fs');
const { provideModule } = require('./loadSource');

/** A stub that answers any property, call and `new` with another stub. */
function anything(overrides = {}) {
  const cache = new Map();
  const target = function () {};
  const proxy = new Proxy(target, {
    get(t, prop) {
      if (Object.prototype.hasOwnProperty.call(overrides, prop)) return overrides[prop];
      if (prop === 'then') return undefined; // not a promise
      if (prop === 'dispose') return () => {};
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return (hint) => (hint === 'number' ? 0 : '');
      if (prop === 'toString' || prop === 'toJSON') return () => '';
      if (typeof prop === 'symbol') return undefined;
      if (!cache.has(prop)) cache.set(prop, anything());
      return cache.get(prop);
    },
    set(t, prop, value) {
      cache.set(prop, value);
      return true;
    },
    apply() {
      return anything();
    },
    construct(t, args, newTarget) {
      // `new vscode.X()` gets a stub; a subclass (`extends vscode.TreeItem`) gets a plain instance of itself.
      return newTarget === proxy ? anything() : Object.create(newTarget.prototype);
    },
  });
  return proxy;
}

/**
 * The names `vscode` exports, from @types/vscode: bundlers copy a CommonJS
 * module's own property names (esbuild's __toESM), so each must be present.
 */
function vscodeExportNames() {
  const dts = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = new Set();
  for (const m of dts.matchAll(/^\t(?:export )?(?:class|enum|namespace|const|function|let) (\w+)/gm)) names.add(m[1]);
  return names;
}

function createVscodeStub() {
  const api = {};
  for (const name of vscodeExportNames()) api[name] = anything();
  api.version = '1.91.0';
  api.window = anything({ activeTextEditor: undefined, visibleTextEditors: [], tabGroups: anything({ all: [] }) });
  api.workspace = anything({ textDocuments: [], workspaceFolders: undefined, isTrusted: true });
  api.languages = anything({ getDiagnostics: () => [] });
  return api;
}

/** Makes `require('vscode')` return the stub (once per process). */
function installVscodeStub() {
  return provideModule('vscode', createVscodeStub);
}

/** What activate() receives: subscriptions, state and paths. */
function fakeContext(extensionPath) {
  const memento = { get: (k, d) => d, update: async () => {}, keys: () => [] };
  return {
    subscriptions: [],
    extensionPath,
    extensionUri: { fsPath: extensionPath, toString: () => `file://${extensionPath}` },
    globalState: { ...memento, setKeysForSync() {} },
    workspaceState: memento,
    asAbsolutePath: (p) => require('path').join(extensionPath, p),
    extensionMode: 1,
    storageUri: undefined,
    globalStorageUri: { fsPath: '/tmp' },
    logUri: { fsPath: '/tmp' },
    environmentVariableCollection: anything(),
    secrets: anything(),
  };
}

module.exports = { installVscodeStub, fakeContext };
