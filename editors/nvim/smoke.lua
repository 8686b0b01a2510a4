-- Neovim smoke test for `posture lsp` (run by smoke.sh). Reads POSTURE_BIN, POSTURE_FILE and
-- POSTURE_OUT from the environment, opens the file, waits for posture's diagnostics, checks
-- hover on one of them, writes "CODE<TAB>LINE<TAB>MESSAGE" lines to POSTURE_OUT and quits
-- with 0, or with 1 when nothing arrived in time.
local bin = os.getenv("POSTURE_BIN")
local file = os.getenv("POSTURE_FILE")
local out = os.getenv("POSTURE_OUT")
local timeout = tonumber(os.getenv("POSTURE_TIMEOUT_MS") or "30000")

local function fail(msg)
  io.stderr:write("smoke: " .. msg .. "\n")
  vim.cmd("qall!")
  os.exit(1)
end

vim.cmd("filetype on")
local root = vim.fs and vim.fs.dirname and vim.fs.dirname(file) or vim.fn.fnamemodify(file, ":h")

if vim.lsp.config and vim.lsp.enable then
  -- Neovim 0.11+: the same configuration as editors/nvim/posture.lua.
  vim.lsp.config("posture", {
    cmd = { bin, "lsp" },
    filetypes = { "terraform", "terraform-vars", "hcl", "tf" },
    root_markers = { ".posture.toml", ".git" },
  })
  vim.lsp.enable("posture")
  vim.cmd.edit(file)
  if vim.bo.filetype ~= "terraform" then
    vim.bo.filetype = "terraform"
  end
else
  -- Neovim 0.7–0.10: start the client by hand and attach it to the buffer.
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local id = vim.lsp.start_client({ name = "posture", cmd = { bin, "lsp" }, root_dir = root })
  if not id then
    fail("could not start posture lsp")
  end
  vim.lsp.buf_attach_client(0, id)
end

local buf = vim.api.nvim_get_current_buf()
local function posture_diagnostics()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.source == "posture" then
      table.insert(list, d)
    end
  end
  return list
end

local ok = vim.wait(timeout, function()
  return #posture_diagnostics() > 0
end, 50)
if not ok then
  fail("no diagnostics from posture within " .. timeout .. " ms")
end

local lines = {}
local first
for _, d in ipairs(posture_diagnostics()) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "-"
  first = first or d
  table.insert(lines, string.format("%s\t%d\t%s", code, d.lnum + 1, (d.message:gsub("\n", " "))))
end

-- Hover on the first flagged range shows the check's documentation.
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = first.lnum, character = first.col },
}
local replies = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 10000) or {}
local hover = ""
for _, r in pairs(replies) do
  if r.result and r.result.contents then
    hover = r.result.contents.value or ""
  end
end
table.insert(lines, "HOVER\t" .. first.lnum + 1 .. "\t" .. (hover:match("^[^\n]*") or ""))

local f = io.open(out, "w")
if not f then
  fail("cannot write " .. out)
end
f:write(table.concat(lines, "\n") .. "\n")
f:close()
vim.cmd("qall!")
