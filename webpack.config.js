// Builds the task pane and the ribbon function file into dist/.
//
//   npm run build        production bundle, no certificates needed
//   npm run dev-server   https://localhost:3000 with the Office dev certificates (sideloading)
//
// Code splitting: a dynamic `import("exceljs")` anywhere under src/ becomes its own chunk that
// is loaded on demand. That only works because ts-loader emits ES modules here (tsconfig.json
// says commonjs for jest and the CLI, which would turn import() into require()).
const fs = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { CONTENT_SECURITY_POLICY } = require("./scripts/csp.cjs");

const DEV_SERVER_PORT = 3000;

/** The Office dev certificates, as the official yo office templates obtain them. */
async function getHttpsOptions() {
  // Required lazily so that `npm run build` never touches certificates.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/**
 * Copies the manifest(s) and the icons into the output (and the dev server's memory).
 * Deliberately not copy-webpack-plugin: its option validation goes through schema-utils ->
 * ajv-keywords, which the current lockfile pairs with the wrong ajv major (crashes at load).
 */
class CopyStaticFilesPlugin {
  static NAME = "CopyStaticFilesPlugin";

  /** @returns {{ from: string, to: string }[]} */
  static listFiles() {
    const manifests = fs
      .readdirSync(__dirname)
      .filter((name) => /^manifest.*\.xml$/.test(name))
      .map((name) => ({ from: path.join(__dirname, name), to: name }));
    const assetsDir = path.join(__dirname, "assets");
    const icons = fs
      .readdirSync(assetsDir)
      .filter((name) => name.endsWith(".png"))
      .map((name) => ({ from: path.join(assetsDir, name), to: `assets/${name}` }));
    // The standalone pane's "Öppna exempel" fetches ./examples/<id>.xlsx. The files are generated
    // (npm run examples) and git-ignored, so they are copied only when present.
    const examplesDir = path.join(assetsDir, "examples");
    const examples = fs.existsSync(examplesDir)
      ? fs
          .readdirSync(examplesDir)
          .filter((name) => name.endsWith(".xlsx"))
          .map((name) => ({ from: path.join(examplesDir, name), to: `examples/${name}` }))
      : [];
    return [...manifests, ...icons, ...examples];
  }

  apply(compiler) {
    const { NAME } = CopyStaticFilesPlugin;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.contextDependencies.add(path.join(__dirname, "assets"));
          for (const { from, to } of CopyStaticFilesPlugin.listFiles()) {
            compilation.fileDependencies.add(from);
            compilation.emitAsset(to, new webpack.sources.RawSource(fs.readFileSync(from)));
          }
        },
      );
    });
  }
}

function page(name, template) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template,
    chunks: [name],
    // The templates write this into a <meta http-equiv> as the first element of <head>, so it
    // governs the Office.js script tag too.
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  });
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);

  return {
    // No eval-based source maps: the pane's CSP forbids eval.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              compilerOptions: { module: "es2020", sourceMap: true },
            },
          },
        },
        {
          test: /\.(png|jpe?g|gif|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name].[contenthash:8][ext]" },
        },
      ],
    },
    plugins: [
      page("taskpane", "./src/taskpane/taskpane.html"),
      page("commands", "./src/commands/commands.html"),
      new CopyStaticFilesPlugin(),
    ],
    performance: {
      // ExcelJS and Fluent UI are large by nature; the ExcelJS chunk is loaded only on demand.
      maxEntrypointSize: 2_000_000,
      maxAssetSize: 2_000_000,
    },
    devServer: {
      static: false,
      port: DEV_SERVER_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await getHttpsOptions() } : "http",
      client: { overlay: { warnings: false } },
    },
  };
};
