// GraphiQL against this server's /graphql. Log in with the `login` mutation and put
// {"Authorization": "Bearer <token>"} in the Headers tab.
(function () {
  var fetcher = GraphiQL.createFetcher({ url: "/graphql" });
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true, shouldPersistHeaders: false }));
})();
