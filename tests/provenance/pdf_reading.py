"""Reading a PDF back as a person and a phone would: its page sizes, its text, its QR codes (pypdfium2 renders each
page at 200 dpi, zxing-cpp decodes the codes in the picture)."""

import pypdfium2 as pdfium
import zxingcpp

A4 = (595, 842)  # points


def read(pdf_bytes):
    """[(page width, height), ...], all the text (its lines and spaces joined by single spaces: tags wrap long
    names), and every QR code's text, from the PDF."""
    document = pdfium.PdfDocument(pdf_bytes)
    sizes, text, qr_codes = [], [], []
    for page in document:
        sizes.append(tuple(round(side) for side in page.get_size()))
        text.append(page.get_textpage().get_text_range())
        image = page.render(scale=200 / 72).to_pil()
        qr_codes += [barcode.text for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
    return sizes, " ".join(" ".join(text).replace("\u202f", " ").replace("\xa0", " ").split()), qr_codes
