# Findings whose fix deletes text are tagged Unnecessary (faded): a suppression that suppresses
# nothing (with a code action that removes it) and an invisible character (its fix removes it).
--> {"id":1,"method":"initialize","params":{"processId":null,"rootUri":"${root}","capabilities":{},"initializationOptions":{"debounceMs":0}}}
<-- {"id":1,"result":{"capabilities":{"hoverProvider":true}}}
--> {"method":"initialized","params":{}}
--> {"method":"textDocument/didOpen","params":{"textDocument":{"uri":"${root}/a.md","languageId":"markdown","version":1,"text":"# Title\n\n<!-- nkcontentlint-disable-next-line NK3001 -- no longer needed -->\nSome text.\n\nA zero\u200bwidth space.\n"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"${root}/a.md","version":1,"diagnostics":[{"code":"NK0003","severity":3,"tags":[1],"range":{"start":{"line":2,"character":0},"end":{"line":2,"character":67}}},{"code":"NK4005","tags":[1],"range":{"start":{"line":5,"character":6},"end":{"line":5,"character":7}}}]}}
--> {"id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"${root}/a.md"},"range":{"start":{"line":2,"character":5},"end":{"line":2,"character":5}},"context":{"diagnostics":[],"only":["quickfix"]}}}
<-- {"id":2,"result":[{"title":"Remove this suppression comment","kind":"quickfix","isPreferred":true,"edit":{"changes":{"${root}/a.md":[{"range":{"start":{"line":2,"character":0},"end":{"line":3,"character":0}},"newText":""}]}}}]}
--> {"id":3,"method":"shutdown"}
<-- {"id":3,"result":null}
--> {"method":"exit"}
@exit 0
