# One image for every CasinoX process (docker-compose.yml picks the command per service).
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production CI=true
COPY . .
RUN npm ci --include=dev && npm run build
EXPOSE 3000 3001 4000 4101 4102 4103 4104 4105 4106 4107
CMD ["npx", "tsx", "gateway/src/index.ts"]
