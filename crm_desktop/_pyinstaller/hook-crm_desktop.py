"""What a frozen CRM Desktop needs besides the modules its imports name.

* The resources (fonts, icons, compiled translations) as files.
* The migrations' env.py and versions/*.py as source files: Alembic reads them from the
  folder, and PyInstaller would otherwise keep them only as bytecode inside its archive.
* Every module of the package: migrations, the special forms of views/records/form_factory.py and
  the parts the window imports when first used are imported by name at run time.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("crm_desktop", excludes=["**/*.ts"]) + collect_data_files(
    "crm_desktop.models",
    include_py_files=True,
    includes=["migrations/env.py", "migrations/versions/*.py"],
)
hiddenimports = collect_submodules(
    "crm_desktop", filter=lambda name: not name.startswith("crm_desktop._pyinstaller")
)
