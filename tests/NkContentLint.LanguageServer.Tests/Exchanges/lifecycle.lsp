# initialize → workspace diagnostics on start (cross-file NK2004 included) → open → change
# (incremental) → diagnostics follow the text → shutdown → exit with code 0.
@file a.md
# Koryolink

In 2018 Koryolink had 6 million subscribers, according to [the operator](https://example.com/k).
@end
@file b.md
# Mobile

In 2018 Koryolink had 3.8 million subscribers, according to [Reuters](https://example.com/s).

## Access

## Access
@end
--> {"id":1,"method":"initialize","params":{"processId":null,"rootUri":"${root}","capabilities":{"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":true}}},"initializationOptions":{"debounceMs":50}}}
<-- {"id":1,"result":{"capabilities":{"textDocumentSync":{"openClose":true,"change":2},"codeActionProvider":{"codeActionKinds":["quickfix","source.fixAll.nkcontentlint"]},"hoverProvider":true,"executeCommandProvider":{"commands":["nkcontentlint.fixAll"]}},"serverInfo":{"name":"nkcontentlint"}}}
<-- {"method":"window/logMessage","params":{"type":3,"message":"${contains:language server: workspace}"}}
--> {"method":"initialized","params":{}}
<-- {"id":"${any}","method":"client/registerCapability","params":{"registrations":[{"method":"workspace/didChangeWatchedFiles","registerOptions":{"watchers":[{"globPattern":"**/*.md"},{"globPattern":"**/*.markdown"},{"globPattern":"**/.nkcontentlint.{yaml,yml,json}"},{"globPattern":"**/*.{yaml,yml}"}]}}]}}
# a.md is first in path order, so the cross-file finding is on b.md, pointing back at a.md.
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/a.md","version":"${absent}","diagnostics":[]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/b.md","diagnostics":[{"range":{"start":{"line":2,"character":22},"end":{"line":2,"character":45}},"severity":2,"code":"NK2004","codeDescription":{"href":"https://github.com/nkcontentlint/NkContentLint/blob/main/docs/rules/NK2004.md"},"source":"nkcontentlint","message":"${contains:stated at a.md(3,23)}","relatedInformation":[{"location":{"uri":"${root}/a.md","range":{"start":{"line":2,"character":22},"end":{"line":2,"character":43}}},"message":"'6 million subscribers' stated here"}]},{"range":{"start":{"line":6,"character":3},"end":{"line":6,"character":9}},"severity":2,"code":"NK3001","message":"Duplicate heading 'Access': the same text is already a heading on line 5","relatedInformation":[{"location":{"uri":"${root}/b.md","range":{"start":{"line":4,"character":3},"end":{"line":4,"character":9}}},"message":"First heading 'Access'"}]}]}}
<-- {"method":"window/logMessage","params":{"type":3,"message":"${contains:Linted 2 workspace article(s)}"}}
--> {"method":"textDocument/didOpen","params":{"textDocument":{"uri":"${root}/b.md","languageId":"markdown","version":1,"text":"# Mobile\n\nIn 2018 Koryolink had 3.8 million subscribers, according to [Reuters](https://example.com/s).\n\n## Access\n\n## Access\n"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/b.md","version":1,"diagnostics":[{"code":"NK2004"},{"code":"NK3001"}]}}
# Rename the second heading (an incremental change): NK3001 goes.
--> {"method":"textDocument/didChange","params":{"textDocument":{"uri":"${root}/b.md","version":2},"contentChanges":[{"range":{"start":{"line":6,"character":3},"end":{"line":6,"character":9}},"text":"Prices"}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/b.md","version":2,"diagnostics":[{"code":"NK2004"}]}}
# Agree with a.md (a whole-text change): NK2004 goes, on this file too.
--> {"method":"textDocument/didChange","params":{"textDocument":{"uri":"${root}/b.md","version":3},"contentChanges":[{"text":"# Mobile\n\nIn 2018 Koryolink had 6 million subscribers, according to [Reuters](https://example.com/s).\n\n## Access\n\n## Prices\n"}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/b.md","version":3,"diagnostics":[]}}
--> {"method":"textDocument/didClose","params":{"textDocument":{"uri":"${root}/b.md"}}}
# Closed: the file on disk counts again.
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/b.md","version":"${absent}","diagnostics":[{"code":"NK2004"},{"code":"NK3001"}]}}
# Editing a.md to agree with b.md clears NK2004 on b.md, which is not open and did not change.
--> {"method":"textDocument/didOpen","params":{"textDocument":{"uri":"${root}/a.md","languageId":"markdown","version":1,"text":"# Koryolink\n\nIn 2018 Koryolink had 6 million subscribers, according to [the operator](https://example.com/k).\n"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/a.md","version":1,"diagnostics":[]}}
--> {"method":"textDocument/didChange","params":{"textDocument":{"uri":"${root}/a.md","version":2},"contentChanges":[{"range":{"start":{"line":2,"character":22},"end":{"line":2,"character":31}},"text":"3.8 million"}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/b.md","version":"${absent}","diagnostics":[{"code":"NK3001"}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/a.md","version":2,"diagnostics":[]}}
--> {"id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"${root}/b.md"},"position":{"line":0,"character":2}}}
<-- {"id":2,"result":null}
--> {"id":3,"method":"no/such/method","params":{}}
<-- {"id":3,"error":{"code":-32601}}
--> {"id":4,"method":"shutdown"}
<-- {"id":4,"result":null}
--> {"method":"exit"}
@exit 0
