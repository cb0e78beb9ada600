"""Which files may be attached (B7): PDF, images and Office documents, checked by content and
name together, so a renamed executable or script is refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
GIF = "image/gif"
TIFF = "image/tiff"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
DOC = "application/msword"
XLS = "application/vnd.ms-excel"
PPT = "application/vnd.ms-powerpoint"

BY_EXTENSION = {
    ".pdf": PDF, ".jpg": JPEG, ".jpeg": JPEG, ".png": PNG, ".gif": GIF, ".tif": TIFF, ".tiff": TIFF,
    ".docx": DOCX, ".xlsx": XLSX, ".pptx": PPTX, ".doc": DOC, ".xls": XLS, ".ppt": PPT,
}
ALLOWED_EXTENSIONS_TEXT = "PDF、画像（JPEG・PNG・GIF・TIFF）、Word・Excel・PowerPoint"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OOXML_PARTS = {DOCX: "word/", XLSX: "xl/", PPTX: "ppt/"}


def _ooxml_type(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return None
    if "[Content_Types].xml" not in names:
        return None
    for content_type, prefix in _OOXML_PARTS.items():
        if any(name.startswith(prefix) for name in names):
            return content_type
    return None


def detect_content_type(head: bytes, path: Path) -> str | None:
    """The type the content itself shows, or None for anything not allowed."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    if head.startswith(b"PK\x03\x04"):
        return _ooxml_type(path)
    if head.startswith(_OLE):
        return "ole"  # a legacy Office file: trusted by its extension among doc/xls/ppt
    return None


def accepted_type(file_name: str, head: bytes, path: Path) -> str | None:
    """The content type to store, when name and content agree on an allowed type."""
    expected = BY_EXTENSION.get(Path(file_name).suffix.lower())
    detected = detect_content_type(head, path)
    if expected is None or detected is None:
        return None
    if detected == "ole":
        return expected if expected in (DOC, XLS, PPT) else None
    return expected if expected == detected else None


# The kinds of file as a person names them.
FILE_KIND_NAMES = {
    PDF: "PDF", JPEG: "JPEG画像", PNG: "PNG画像", GIF: "GIF画像", TIFF: "TIFF画像",
    DOCX: "Word文書", DOC: "Word文書（旧形式）", XLSX: "Excelブック", XLS: "Excelブック（旧形式）",
    PPTX: "PowerPointプレゼンテーション", PPT: "PowerPointプレゼンテーション（旧形式）",
}


def file_kind_name(content_type: str) -> str:
    return FILE_KIND_NAMES.get(content_type, "その他のファイル")
