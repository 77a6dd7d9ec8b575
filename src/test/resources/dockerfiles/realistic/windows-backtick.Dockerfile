# escape=`

FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
ENV APP_HOME=C:\app
WORKDIR C:\app
RUN Invoke-WebRequest -Uri https://example.invalid/tool.zip -OutFile tool.zip ; `
    Expand-Archive tool.zip -DestinationPath C:\tools ; `
    Remove-Item tool.zip
COPY app.exe C:\app\
ENTRYPOINT ["C:\\app\\app.exe"]
CMD C:\app\app.exe --serve
