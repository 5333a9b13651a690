# Code actions (the rule's fix, fix-all of the rule, suppress with a reason, source.fixAll), hover
# with the canonical fact, workspace/applyEdit through the fix-all command, and the edit applied.
@file a.md
# Leaders

Kin Jong-un spoke in Pyongyang. Later Kin Jong-un left.

In 2024, 2 million people used the Internet.
@end
--> {"id":1,"method":"initialize","params":{"processId":null,"rootUri":"${root}","capabilities":{},"initializationOptions":{"debounceMs":0}}}
<-- {"id":1,"result":{"capabilities":{"codeActionProvider":{"codeActionKinds":["quickfix","source.fixAll.nkcontentlint"]}}}}
--> {"method":"initialized","params":{}}
# With tracing on ($/setTrace), each lint pass is reported as $/logTrace.
--> {"method":"$/setTrace","params":{"value":"messages"}}
--> {"method":"textDocument/didOpen","params":{"textDocument":{"uri":"${root}/a.md","languageId":"markdown","version":1,"text":"# Leaders\n\nKin Jong-un spoke in Pyongyang. Later Kin Jong-un left.\n\nIn 2024, 2 million people used the Internet.\n"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/a.md","version":1,"diagnostics":[{"code":"NK2002","range":{"start":{"line":2,"character":0},"end":{"line":2,"character":11}}},{"code":"NK2002","range":{"start":{"line":2,"character":38},"end":{"line":2,"character":49}}},{"code":"NK1001","severity":2},{"code":"NK2001","severity":1}]}}
<-- {"method":"$/logTrace","params":{"message":"${contains:lint pass: 1 article(s): parse and own rules}"}}
--> {"id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"${root}/a.md"},"range":{"start":{"line":2,"character":3},"end":{"line":2,"character":3}},"context":{"diagnostics":[]}}}
<-- {"id":2,"result":[{"title":"Replace with 'Kim Jong Un'","kind":"quickfix","isPreferred":true,"diagnostics":[{"code":"NK2002"}],"edit":{"changes":{"${root}/a.md":[{"range":{"start":{"line":2,"character":0},"end":{"line":2,"character":11}},"newText":"Kim Jong Un"}]}}},{"title":"Fix all NK2002 problems in this file (2)","kind":"quickfix","isPreferred":"${absent}","edit":{"changes":{"${root}/a.md":[{"newText":"Kim Jong Un"},{"range":{"start":{"line":2,"character":38},"end":{"line":2,"character":49}},"newText":"Kim Jong Un"}]}}},{"title":"Suppress NK2002 here, with a reason","kind":"quickfix","edit":{"changes":{"${root}/a.md":[{"range":{"start":{"line":2,"character":0},"end":{"line":2,"character":0}},"newText":"<!-- nkcontentlint-disable-next-line NK2002 -- TODO: say why this is right -->\n"}]}}},{"title":"Fix all safe nkcontentlint problems in this file","kind":"source.fixAll.nkcontentlint","edit":{"changes":{"${root}/a.md":[{"newText":"Kim Jong Un"},{"newText":"Kim Jong Un"}]}}}]}
# The figure's fix is a suggestion: offered, marked, not preferred, and not in source.fixAll.
--> {"id":3,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"${root}/a.md"},"range":{"start":{"line":4,"character":12},"end":{"line":4,"character":12}},"context":{"diagnostics":[],"only":["quickfix"]}}}
<-- {"id":3,"result":[{"title":"Suppress NK1001 here, with a reason","kind":"quickfix"},{"title":"${contains:(suggestion: check it first)}","kind":"quickfix","isPreferred":"${absent}","diagnostics":[{"code":"NK2001"}]},{"title":"Suppress NK2001 here, with a reason","kind":"quickfix"}]}
--> {"id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"${root}/a.md"},"position":{"line":4,"character":12}}}
<-- {"id":4,"result":{"contents":{"kind":"markdown","value":"${contains:**Canonical:** fewer than 10,000}"},"range":{"start":{"line":4,"character":9},"end":{"line":4,"character":25}}}}
--> {"id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"${root}/a.md"},"position":{"line":4,"character":12}}}
<-- {"id":5,"result":{"contents":{"value":"${contains:(as of 2024-01)\n\n**Source:** [Digital 2024: North Korea](https://datareportal.com/reports/digital-2024-north-korea)}"}}}
--> {"id":6,"method":"textDocument/hover","params":{"textDocument":{"uri":"${root}/a.md"},"position":{"line":2,"character":40}}}
<-- {"id":6,"result":{"contents":{"value":"${contains:[NK2002 documentation](https://github.com/nkcontentlint/NkContentLint/blob/main/docs/rules/NK2002.md)}"}}}
# The fix-all command asks the client to apply the edit (workspace/applyEdit), then answers.
--> {"id":7,"method":"workspace/executeCommand","params":{"command":"nkcontentlint.fixAll","arguments":["${root}/a.md"]}}
<-- {"id":"${any}","method":"workspace/applyEdit","params":{"label":"Fix all safe nkcontentlint problems","edit":{"changes":{"${root}/a.md":[{"range":{"start":{"line":2,"character":0},"end":{"line":2,"character":11}},"newText":"Kim Jong Un"},{"range":{"start":{"line":2,"character":38},"end":{"line":2,"character":49}},"newText":"Kim Jong Un"}]}}}}
<-- {"id":7,"result":{"applied":true}}
# The client applied it (back to front, so the first edit's range stays right).
--> {"method":"textDocument/didChange","params":{"textDocument":{"uri":"${root}/a.md","version":2},"contentChanges":[{"range":{"start":{"line":2,"character":38},"end":{"line":2,"character":49}},"text":"Kim Jong Un"},{"range":{"start":{"line":2,"character":0},"end":{"line":2,"character":11}},"text":"Kim Jong Un"}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/a.md","version":2,"diagnostics":[{"code":"NK1001"},{"code":"NK2001"}]}}
--> {"id":8,"method":"shutdown"}
<-- {"id":8,"result":null}
--> {"method":"exit"}
@exit 0
