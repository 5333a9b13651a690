-- Neovim 0.7 set-up for the README's screenshot (make.sh): the built-in LSP client on nkcontentlint lsp.
vim.o.termguicolors = true
vim.o.background = "dark"
vim.o.number = true
vim.o.signcolumn = "yes"
vim.o.wrap = false
vim.o.laststatus = 2
vim.o.ruler = true
vim.cmd("syntax on")
vim.cmd("highlight SignColumn guibg=NONE")
vim.cmd("highlight LineNr guifg=#6e7681")
vim.cmd("highlight NormalFloat guibg=#2d333b guifg=#e6edf3")
vim.cmd("highlight FloatBorder guibg=#2d333b guifg=#8b949e")
vim.diagnostic.config({ virtual_text = { prefix = "■", spacing = 2 }, underline = true, signs = true, severity_sort = true, float = { border = "rounded", source = "always" } })

local id = vim.lsp.start_client({ name = "nkcontentlint", cmd = vim.fn.json_decode(os.getenv("NKLSP_CMD")), root_dir = vim.fn.getcwd() })
vim.lsp.buf_attach_client(0, id)

-- Once the findings are in, show the one on the target line in a float, as a writer would.
local target = tonumber(os.getenv("NKLSP_LINE") or "1")
local function show()
  if #vim.diagnostic.get(0) == 0 then
    vim.defer_fn(show, 200)
    return
  end
  for _, d in ipairs(vim.diagnostic.get(0, { lnum = target - 1 })) do
    vim.api.nvim_win_set_cursor(0, { target, d.col })
    vim.cmd("normal! zz")
    vim.diagnostic.open_float({ scope = "line", close_events = {}, max_width = 90 })
    return
  end
end
vim.defer_fn(show, 500)
