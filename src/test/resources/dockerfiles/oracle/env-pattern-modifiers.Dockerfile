FROM entrypoint-test/busybox:1
ENV FILE=archive.tar.gz
ENV BASE=${FILE%%.*} EXT=${FILE#*.} LAST=${FILE##*.} SHORT=${FILE%.*} SLASHED=${FILE/./_}
