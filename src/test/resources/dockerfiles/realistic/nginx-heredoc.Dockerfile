# syntax=docker/dockerfile:1
FROM nginx:1.27-alpine
COPY <<EOF /etc/nginx/conf.d/default.conf
server {
    listen 80;
    location / {
        root /usr/share/nginx/html;
    }
}
EOF
RUN <<-SCRIPT
	set -eux
	nginx -t
	SCRIPT
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
