-- Reads drawing operations (one a line) on stdin and draws them on a cairo PDF surface (lgi).
-- usage: lua5.3 draw.lua OUT.pdf < ops
local lgi = require 'lgi'
local cairo = lgi.cairo
local out = arg[1]
local surface = cairo.PdfSurface.create(out, 612, 792)
local cr = cairo.Context.create(surface)
local faces = {
  ['sans'] = {'Liberation Sans', false}, ['sans-b'] = {'Liberation Sans', true},
  ['serif'] = {'Liberation Serif', false}, ['serif-b'] = {'Liberation Serif', true},
  ['mono'] = {'Liberation Mono', false}, ['mono-b'] = {'Liberation Mono', true},
}
local first = true
for line in io.lines() do
  local op = line:sub(1, 1)
  if op == 'P' then
    if not first then cr:show_page() end
    first = false
  elseif op == 'T' then
    local font, size, x, y, text = line:match('^T (%S+) (%S+) (%S+) (%S+) (.*)$')
    local face = faces[font]
    cr:select_font_face(face[1], cairo.FontSlant.NORMAL,
      face[2] and cairo.FontWeight.BOLD or cairo.FontWeight.NORMAL)
    cr:set_font_size(tonumber(size))
    cr:set_source_rgb(0, 0, 0)
    cr:move_to(tonumber(x), tonumber(y))
    cr:show_text(text)
  elseif op == 'L' then
    local x1, y1, x2, y2, w = line:match('^L (%S+) (%S+) (%S+) (%S+) (%S+)$')
    cr:set_line_width(tonumber(w))
    cr:move_to(tonumber(x1), tonumber(y1))
    cr:line_to(tonumber(x2), tonumber(y2))
    cr:stroke()
  elseif op == 'R' then
    local x, y, w, h, lw = line:match('^R (%S+) (%S+) (%S+) (%S+) (%S+)$')
    cr:set_line_width(tonumber(lw))
    cr:rectangle(tonumber(x), tonumber(y), tonumber(w), tonumber(h))
    cr:stroke()
  elseif op == 'G' then
    local x, y, w, h = line:match('^G (%S+) (%S+) (%S+) (%S+)$')
    cr:set_source_rgb(0.86, 0.86, 0.86)
    cr:rectangle(tonumber(x), tonumber(y), tonumber(w), tonumber(h))
    cr:fill()
    cr:set_source_rgb(0, 0, 0)
  end
end
cr:show_page()
surface:finish()
