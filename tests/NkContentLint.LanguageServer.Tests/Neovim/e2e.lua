-- End-to-end check with Neovim 0.7's built-in LSP client (vim.lsp.start_client, not 0.8's vim.lsp.start).
-- Driven by NeovimEndToEndTests: opens NKLSP_FILE, attaches `nkcontentlint lsp` (NKLSP_CMD, a JSON
-- array), records the diagnostics it received, asks for a code action and applies its edit with
-- vim.lsp.util.apply_workspace_edit, asks for a hover, and writes what happened to NKLSP_OUT as JSON.
local out = {}

local function record(diagnostics)
  local list = {}
  for _, d in ipairs(diagnostics) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(list, {
      code = d.code or lsp.code,
      lnum = d.lnum,
      col = d.col,
      end_col = d.end_col,
      severity = d.severity,
      source = d.source,
      message = d.message,
      href = (lsp.codeDescription or {}).href,
    })
  end
  table.sort(list, function(a, b) return a.lnum * 1000 + a.col < b.lnum * 1000 + b.col end)
  return list
end

local function codes(diagnostics)
  local result = {}
  for _, d in ipairs(diagnostics) do table.insert(result, d.code or ((d.user_data or {}).lsp or {}).code) end
  table.sort(result)
  return table.concat(result, ",")
end

local function run()
  local cmd = vim.fn.json_decode(os.getenv("NKLSP_CMD"))
  local root = os.getenv("NKLSP_ROOT")
  vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("NKLSP_FILE")))
  local bufnr = vim.api.nvim_get_current_buf()

  local client_id = vim.lsp.start_client({
    name = "nkcontentlint",
    cmd = cmd,
    root_dir = root,
    init_options = { debounceMs = 0 },
  })
  assert(client_id, "vim.lsp.start_client returned nil")
  assert(vim.lsp.buf_attach_client(bufnr, client_id), "buf_attach_client failed")

  assert(vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50), "no diagnostics arrived")
  out.diagnostics = record(vim.diagnostic.get(bufnr))

  -- The code actions on the misspelled name (line 3, 0-based 2); apply the preferred one.
  local target
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if (d.code or ((d.user_data or {}).lsp or {}).code) == "NK2002" then target = d end
  end
  assert(target, "no NK2002 diagnostic to fix")
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local params = vim.lsp.util.make_range_params(0, "utf-16")
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr) }
  local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, 20000)
  assert(responses, "no answer to textDocument/codeAction")
  local titles, preferred = {}, nil
  for _, response in pairs(responses) do
    assert(not response.err, vim.inspect(response.err))
    for _, action in ipairs(response.result or {}) do
      table.insert(titles, action.title)
      if action.isPreferred and not preferred then preferred = action end
    end
  end
  out.actions = titles
  assert(preferred, "no preferred code action")
  out.applied = preferred.title
  out.line_before = vim.api.nvim_buf_get_lines(bufnr, target.lnum, target.lnum + 1, false)[1]
  vim.lsp.util.apply_workspace_edit(preferred.edit, "utf-16")
  out.line_after = vim.api.nvim_buf_get_lines(bufnr, target.lnum, target.lnum + 1, false)[1]

  -- The buffer change goes to the server (didChange); the NK2002 finding must go.
  local before = codes(vim.diagnostic.get(bufnr))
  vim.wait(30000, function() return codes(vim.diagnostic.get(bufnr)) ~= before end, 50)
  out.diagnostics_after = record(vim.diagnostic.get(bufnr))

  -- Hover on the contradicted figure.
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if (d.code or ((d.user_data or {}).lsp or {}).code) == "NK2001" then
      vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col + 1 })
      local hover = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", vim.lsp.util.make_position_params(0, "utf-16"), 20000)
      for _, response in pairs(hover or {}) do
        if response.result then out.hover = response.result.contents.value end
      end
    end
  end

  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(run)
if not ok then out.error = tostring(err) end
local file = io.open(os.getenv("NKLSP_OUT"), "w")
file:write(vim.fn.json_encode(out))
file:close()
vim.cmd("qall!")
