// Apollo Client on its default settings against a served shuro (the test passes the URL):
// BatchHttpLink sends two queries in one request; the persisted-queries link sends a hash first.
import { createHash } from "node:crypto";
import { ApolloClient, InMemoryCache, gql } from "@apollo/client/core/index.js";
import { BatchHttpLink } from "@apollo/client/link/batch-http/index.js";
import { HttpLink } from "@apollo/client/link/http/index.js";
import { createPersistedQueryLink } from "@apollo/client/link/persisted-queries/index.js";

const url = process.argv[2];
const sent = [];
const recordingFetch = async (input, init) => {
  sent.push(JSON.parse(init.body));
  return fetch(input, init);
};
const STATUS = gql`query Status { systemStatus { inService } }`;
const BUREAUS = gql`query Bureaus { bureaus { code name } }`;

const batched = new ApolloClient({
  link: new BatchHttpLink({ uri: url, fetch: recordingFetch, batchMax: 10, batchInterval: 20 }),
  cache: new InMemoryCache(),
});
const [status, bureaus] = await Promise.all([batched.query({ query: STATUS }), batched.query({ query: BUREAUS })]);
const batchRequests = sent.splice(0);

const sha256 = (text) => createHash("sha256").update(text).digest("hex");
const persisted = () => new ApolloClient({
  link: createPersistedQueryLink({ sha256 }).concat(new HttpLink({ uri: url, fetch: recordingFetch })),
  cache: new InMemoryCache(),
});
const first = await persisted().query({ query: BUREAUS });
const second = await persisted().query({ query: BUREAUS });  // a new client: the server knows the hash now

console.log(JSON.stringify({
  batch: { inService: status.data.systemStatus.inService, bureaus: bureaus.data.bureaus.length,
           requests: batchRequests.map((body) => (Array.isArray(body) ? body.length : 0)) },
  persisted: { first: first.data.bureaus.length, second: second.data.bureaus.length,
               requests: sent.map((body) => ({ query: typeof body.query === "string", hash: body.extensions?.persistedQuery?.sha256Hash ?? null })) },
}));
