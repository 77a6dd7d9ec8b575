FROM python:3.12-slim

LABEL org.opencontainers.image.source="https://example.invalid/repo" \
      maintainer="team@example.invalid"

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=off

RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential curl \
    # clean up to keep the layer small
    && rm -rf /var/lib/apt/lists/*

WORKDIR /code
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .

RUN useradd --create-home appuser
USER appuser

EXPOSE 8000
CMD gunicorn --bind 0.0.0.0:8000 --workers 3 app.wsgi:application
