# Configuration and fact packs reload on workspace/didChangeWatchedFiles; a broken configuration or
# fact pack is a diagnostic on that file (the last good settings stay in force), never a dead server.
@file a.md
# Title

## Access

## Access
@end
--> {"id":1,"method":"initialize","params":{"processId":null,"rootUri":"${root}","capabilities":{},"initializationOptions":{"debounceMs":0}}}
<-- {"id":1,"result":{"capabilities":{"hoverProvider":true}}}
--> {"method":"initialized","params":{}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/a.md","diagnostics":[{"code":"NK3001","severity":2}]}}
@file .nkcontentlint.yaml
rules:
  NK3001: error
@end
--> {"method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":"${root}/.nkcontentlint.yaml","type":1}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/a.md","diagnostics":[{"code":"NK3001","severity":1}]}}
<-- {"method":"window/logMessage","params":{"type":3,"message":"${contains:Reloaded the configuration (}"}}
@file .nkcontentlint.yaml
rules:
  NK3001: eror
@end
--> {"method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":"${root}/.nkcontentlint.yaml","type":2}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/.nkcontentlint.yaml","diagnostics":[{"range":{"start":{"line":1,"character":10},"end":{"line":1,"character":10}},"severity":1,"source":"nkcontentlint","message":"${contains:eror}"}]}}
<-- {"method":"window/logMessage","params":{"message":"${contains:1 problem(s), the last good settings stay in force}"}}
# The server still answers.
--> {"id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"${root}/a.md"},"position":{"line":4,"character":4}}}
<-- {"id":2,"result":{"contents":{"value":"${contains:**NK3001: Duplicate heading** (error)}"}}}
@file .nkcontentlint.yaml
facts:
  packs: [house-facts.yaml]
@end
@file house-facts.yaml
id: house
facts: [
@end
--> {"method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":"${root}/.nkcontentlint.yaml","type":2},{"uri":"${root}/house-facts.yaml","type":1}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/house-facts.yaml","diagnostics":[{"severity":1,"source":"nkcontentlint"}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/.nkcontentlint.yaml","diagnostics":[]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/a.md","diagnostics":[{"code":"NK3001","severity":2}]}}
@delete house-facts.yaml
@file .nkcontentlint.yaml
rules: {}
@end
--> {"method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":"${root}/.nkcontentlint.yaml","type":2},{"uri":"${root}/house-facts.yaml","type":3}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/house-facts.yaml","diagnostics":[]}}
--> {"id":3,"method":"shutdown"}
<-- {"id":3,"result":null}
--> {"method":"exit"}
@exit 0
