"""Files of an item for reviewers: page images, the input PDF and the artifacts."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse, Response
from starlette.concurrency import run_in_threadpool

from tradebots.console.deps import Reviewer, ServicesDep, item_or_404
from tradebots.console.pages import NotRenderable, page_image
from tradebots.queue.queries import item_artifacts
from tradebots.queue.tables import ItemArtifact, WorkItem
from tradebots.services import Services

router = APIRouter()
MEDIA = {".pdf": "application/pdf", ".png": "image/png", ".zip": "application/zip",
         ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
# Page images never change for a given file, so the browser may keep them.
IMAGE_CACHE = "private, max-age=86400, immutable"


def _artifact(services: Services, item_id: int, artifact_id: int) -> ItemArtifact:
    for artifact in item_artifacts(services.database, item_id):
        if artifact.id == artifact_id:
            return artifact
    raise HTTPException(404, f"item {item_id} has no artifact {artifact_id}")


def _belongs(services: Services, item: WorkItem, kind: str, sha: str) -> bool:
    # Only files of this item, so a sha256 from elsewhere reveals nothing.
    if kind == "document":
        return any(i.get("sha256") == sha for i in item.inputs)
    return any(a.sha256 == sha for a in item_artifacts(services.database, item.id))


@router.get("/items/{item_id}/{kind}/{sha}/{page}.png")
async def page_png(services: ServicesDep, viewer: Reviewer, item_id: int, kind: str, sha: str,
                   page: int) -> Response:
    if kind not in {"document", "letter"}:
        raise HTTPException(404)
    item = await run_in_threadpool(item_or_404, services, item_id)
    if not await run_in_threadpool(_belongs, services, item, kind, sha):
        raise HTTPException(404, "not a file of this item")
    try:
        path = await run_in_threadpool(page_image, services.files.path_for(sha), sha, page - 1,
                                       services.settings.var_path / "console" / "pages")
    except (IndexError, NotRenderable) as exc:
        raise HTTPException(404, str(exc)) from exc
    return FileResponse(path, media_type="image/png", headers={"cache-control": IMAGE_CACHE})


@router.get("/items/{item_id}/input/{index}")
def input_file(services: ServicesDep, viewer: Reviewer, item_id: int, index: int) -> Response:
    item = item_or_404(services, item_id)
    if not 0 <= index < len(item.inputs):
        raise HTTPException(404, f"item {item_id} has no input {index}")
    entry = item.inputs[index]
    return FileResponse(services.files.path_for(entry["sha256"]), media_type="application/pdf",
                        filename=entry.get("name") or f"item-{item_id}.pdf")


@router.get("/items/{item_id}/artifacts/{artifact_id}")
def artifact_file(services: ServicesDep, viewer: Reviewer, item_id: int, artifact_id: int,
                  inline: bool = False) -> Response:
    artifact = _artifact(services, item_id, artifact_id)
    suffix = "." + artifact.name.rsplit(".", 1)[-1].lower() if "." in artifact.name else ""
    media = MEDIA.get(suffix, "application/octet-stream")
    # Only images and the letters the bots draft open in the browser; anything else downloads.
    show_inline = inline and media in ("image/png", "application/pdf")
    return FileResponse(services.files.path_for(artifact.sha256), media_type=media,
                        filename=artifact.name,
                        content_disposition_type="inline" if show_inline else "attachment")
