"""naskah: naskah dinas Pemda dari satu berkas acara YAML."""

__version__ = "0.1.0"
