export { startServer, optionsFromEnv, type RunningServer, type ServerOptions } from "./server/startServer.js";
export { buildSchema, createApollo } from "./server/createApollo.js";
export { schemaSource } from "./schema/typeDefs.js";
