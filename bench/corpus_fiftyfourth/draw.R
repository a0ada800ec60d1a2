# Reads drawing operations (one a line, UTF-8) from a file and draws them with R's pdf() device:
# base-14 Type 1 fonts in WinAnsi, one plot frame per page on a 612 x 792 point user space.
# usage: Rscript draw.R OPS OUT.pdf
args <- commandArgs(trailingOnly = TRUE)
ops <- readLines(args[1], encoding = "UTF-8", warn = FALSE)
pdf(args[2], width = 8.5, height = 11, encoding = "WinAnsi", useDingbats = FALSE,
    title = "Document", compress = TRUE, pointsize = 12)
families <- c(sans = "Helvetica", serif = "Times", mono = "Courier")
page <- function() {
  par(mar = c(0, 0, 0, 0), xpd = NA)
  plot.new()
  plot.window(xlim = c(0, 612), ylim = c(792, 0), xaxs = "i", yaxs = "i")
}
first <- TRUE
for (line in ops) {
  op <- substr(line, 1, 1)
  if (op == "P") {
    page()
  } else if (op == "T") {
    parts <- regmatches(line, regexec("^T (\\S+) (\\S+) (\\S+) (\\S+) (.*)$", line))[[1]]
    font <- parts[2]
    bold <- endsWith(font, "-b")
    fam <- families[[sub("-b$", "", font)]]
    text(as.numeric(parts[4]), as.numeric(parts[5]), parts[6], adj = c(0, 0), family = fam,
         font = if (bold) 2 else 1, cex = as.numeric(parts[3]) / 12)
  } else if (op == "L") {
    v <- as.numeric(strsplit(line, " ")[[1]][-1])
    segments(v[1], v[2], v[3], v[4], lwd = v[5] / 0.75, lend = "butt")
  } else if (op == "R") {
    v <- as.numeric(strsplit(line, " ")[[1]][-1])
    rect(v[1], v[2], v[1] + v[3], v[2] + v[4], lwd = v[5] / 0.75)
  } else if (op == "G") {
    v <- as.numeric(strsplit(line, " ")[[1]][-1])
    rect(v[1], v[2], v[1] + v[3], v[2] + v[4], col = "grey86", border = NA)
  }
}
invisible(dev.off())
