// tradebots console: evidence highlighting on the review page, drag-and-drop uploads.
// Plain JS, no libraries; the pages work without it except for these two conveniences.
"use strict";

function byKey(selector, key) {
  return Array.from(document.querySelectorAll(selector)).filter((el) => el.dataset.key === key);
}

function highlight(key, scrollTo) {
  document.querySelectorAll(".active").forEach((el) => el.classList.remove("active"));
  const boxes = byKey("rect.box", key);
  const rows = byKey("tr.value", key);
  boxes.concat(rows).forEach((el) => el.classList.add("active"));
  const target = scrollTo === "box" ? boxes[0] : rows[0];
  if (target) target.scrollIntoView({ block: "center", behavior: "smooth" });
  return boxes.length;
}

function setUpReview() {
  document.querySelectorAll("button.key").forEach((button) => {
    button.addEventListener("click", () => {
      if (!highlight(button.dataset.key, "box")) button.classList.add("no-evidence");
    });
  });
  document.querySelectorAll("rect.box").forEach((rect) => {
    rect.addEventListener("click", () => highlight(rect.dataset.key, "row"));
  });
}

function report(list, text, kind, href) {
  const li = document.createElement("li");
  li.className = kind;
  if (href) {
    const a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    li.appendChild(a);
  } else {
    li.textContent = text;
  }
  list.appendChild(li);
}

async function sendOne(form, file, list) {
  const limit = Number(form.dataset.limitBytes);
  if (!/\.pdf$/i.test(file.name)) {
    report(list, `${file.name}: only PDF files (.pdf) can be queued`, "error");
    return;
  }
  if (file.size > limit) {
    report(list, `${file.name}: the file is larger than the ${form.dataset.limitMb} MB limit`, "error");
    return;
  }
  const body = new FormData();
  body.append("csrf", form.elements.csrf.value);
  body.append("bot", form.elements.bot.value);
  body.append("due", form.elements.due.value);
  body.append("files", file, file.name);
  try {
    const response = await fetch(form.action, {
      method: "POST", body, credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRF-Token": form.elements.csrf.value },
    });
    const data = await response.json();
    (data.errors || []).forEach((message) => report(list, message, "error"));
    // Only a viewer who may open an item gets a link to it.
    const link = (r) => (form.dataset.itemLinks ? `/items/${r.item_id}` : undefined);
    (data.results || []).forEach((r) => report(list, r.message, r.created ? "ok" : "dup", link(r)));
  } catch (error) {
    report(list, `${file.name}: the upload failed (${error.message})`, "error");
  }
}

// Picking or dropping files only lists them: nothing is queued until the person confirms
// the bot and presses the button, so a protest never lands on the wrong bot by a stray click.
function setUpUpload() {
  const form = document.getElementById("upload");
  if (!form) return;
  const drop = document.getElementById("drop");
  const list = document.getElementById("results");
  const chosenList = document.getElementById("chosen");
  const button = document.getElementById("confirm");
  const input = form.elements.files;
  let chosen = [];
  const show = () => {
    chosenList.replaceChildren();
    chosen.forEach((file) => report(chosenList, file.name, "chosen"));
    const bot = form.elements.bot.value;
    button.disabled = !chosen.length || !bot;
    button.textContent = chosen.length && bot
      ? `Queue ${chosen.length} file(s) for ${bot.replace(/_/g, " ")}`
      : "Choose the bot and the files first";
  };
  const choose = (files) => { chosen = chosen.concat(Array.from(files)); show(); };
  input.addEventListener("change", () => { choose(input.files); input.value = ""; });
  form.elements.bot.addEventListener("change", show);
  ["dragenter", "dragover"].forEach((name) => drop.addEventListener(name, (event) => {
    event.preventDefault();
    drop.classList.add("over");
  }));
  ["dragleave", "drop"].forEach((name) => drop.addEventListener(name, () => drop.classList.remove("over")));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    choose(event.dataTransfer.files);
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const files = chosen;
    chosen = [];
    show();
    for (const file of files) await sendOne(form, file, list);
  });
  show();
}

document.addEventListener("DOMContentLoaded", () => {
  setUpReview();
  setUpUpload();
});
