"""PDF through LibreOffice: a pool of workers converting chunks of print files, cut per letter with pypdf.

- `soffice`: finding LibreOffice, the font check, one plain ``soffice --convert-to pdf`` run
- `chunks`: a merged print file cut into .docx files of whole letters
- `server`: the endpoints that convert (local unoserver workers, servers elsewhere, plain soffice)
- `pool`: endpoints converting jobs in parallel, with timeouts, restarts and retries
- `split`: page counts, joining and cutting PDFs, the text that tells where each letter starts
- `config`: settings from options, environment and the configuration file
- `step`: ``--pdf`` for the documents a command wrote
"""
