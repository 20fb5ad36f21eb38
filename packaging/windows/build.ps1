# Builds dist\steady-VERSION-setup.exe on Windows (run from the repository root, in CI or by hand).
$ErrorActionPreference = "Stop"
python -m pip install --upgrade pip
python -m pip install ".[test]"
python -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging\steady.spec
$version = (Select-String -Path app\__init__.py -Pattern '__version__ = "(.*)"').Matches[0].Groups[1].Value
# The installer's licence page needs the licence with Windows line ends (CR LF), whatever the checkout has.
New-Item -ItemType Directory -Force build | Out-Null
$licence = (Get-Content -Raw LICENSE) -replace "`r?`n", "`r`n"
[System.IO.File]::WriteAllText((Join-Path $PWD "build\LICENSE.txt"), $licence)
& makensis /DVERSION=$version /DPAYLOAD=..\..\dist\steady /DOUTFILE=..\..\dist\steady-$version-setup.exe /DLICENSE_FILE=..\..\build\LICENSE.txt packaging\windows\steady.nsi
if ($LASTEXITCODE -ne 0) { throw "makensis failed" }
Get-ChildItem dist\*.exe
