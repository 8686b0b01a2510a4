-- Posture for Neovim 0.11+: add to init.lua (or save the table passed to vim.lsp.config as
-- lsp/posture.lua on your runtimepath and keep only the vim.lsp.enable line).
vim.lsp.config("posture", {
  cmd = { "posture", "lsp" },
  filetypes = { "terraform", "terraform-vars" },
  root_markers = { ".posture.toml", ".terraform", ".git" },
  -- Optional: the same keys as `posture.*` in VS Code.
  init_options = {
    select = {},          -- e.g. { "AWS-S3", "AWS-IAM" }; replaces .posture.toml's select
    ignore = {},          -- added to .posture.toml's ignore
    varFiles = {},        -- relative to the workspace root
    strictUnknowns = false,
  },
})
vim.lsp.enable("posture")

-- Quick fixes ("Ignore ID for this resource"): vim.lsp.buf.code_action() (default: gra).
-- Documentation of the check under the cursor: vim.lsp.buf.hover() (default: K).
-- Any check's documentation:
vim.api.nvim_create_user_command("PostureExplain", function(opts)
  local client = vim.lsp.get_clients({ name = "posture" })[1]
  if not client then
    return vim.notify("posture is not running", vim.log.levels.WARN)
  end
  client:request("workspace/executeCommand", { command = "posture.explain", arguments = { opts.args } },
    function(err, markdown)
      if err then
        return vim.notify(err.message, vim.log.levels.ERROR)
      end
      vim.lsp.util.open_floating_preview(vim.split(markdown, "\n"), "markdown", { border = "rounded" })
    end)
end, { nargs = 1 })
