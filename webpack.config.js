/* Builds the add-in into dist/: task pane (React + Fluent UI v9), ribbon commands (the engine, no React),
   the message dialog, the help page, the manifest and the icons; and the web mode for use without Office:
   index.html (and taskpane.html opened outside Office), its engine worker and its service worker. The manifest's development host
   https://localhost:3000 becomes CAPAIAN_URL in a production build. `webpack serve` (npm run dev-server, npm
   start) serves the same on https://localhost:3000 with office-addin-dev-certs' certificates. */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { Compilation, sources } = require('webpack');

const DEV_URL = 'https://localhost:3000';

/**
 * The dev server's HTTPS certificate: made and trusted once by office-addin-dev-certs (it may ask for the
 * password to add its CA); CAPAIAN_DEV_CERTS names a folder with ca.crt, localhost.crt and localhost.key instead.
 */
async function httpsOptions() {
  const dir = process.env.CAPAIAN_DEV_CERTS;
  if (dir) {
    const read = (f) => fs.readFileSync(path.join(dir, f));
    return { ca: read('ca.crt'), cert: read('localhost.crt'), key: read('localhost.key') };
  }
  return require('office-addin-dev-certs').getHttpsServerOptions();
}

/**
 * Writes into sw.js the files it caches for offline use (every page, script and icon of this build) and a
 * version that changes with them, so a new build replaces the old cache.
 */
class ServiceWorkerFiles {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ServiceWorkerFiles', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ServiceWorkerFiles', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          if (!assets['sw.js']) return;
          const files = Object.keys(assets)
            .filter((f) => /\.(html|js|png)$/.test(f) && f !== 'sw.js' && !f.startsWith('message'))
            .sort();
          const code = assets['sw.js']
            .source()
            .toString()
            .replace(/\bCAPAIAN_FILES\b/g, JSON.stringify(files))
            .replace(/\bCAPAIAN_VERSION\b/g, JSON.stringify(compilation.hash));
          compilation.updateAsset('sw.js', new sources.RawSource(code));
        },
      );
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const config = build(argv);
  if (!env.WEBPACK_SERVE) return config;
  return httpsOptions().then((options) => ({
    ...config,
    devServer: {
      port: Number(process.env.CAPAIAN_DEV_PORT || 3000),
      server: { type: 'https', options },
      // Office loads the pages from its own origin.
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  }));
};

function build(argv) {
  const production = (argv.mode || 'production') === 'production';
  const url = (process.env.CAPAIAN_URL || DEV_URL).replace(/\/$/, '');
  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      message: './src/commands/message.ts',
      // The web mode: index.html's script, the engine's worker and the service worker.
      index: './src/web/index.tsx',
      worker: './src/web/worker.ts',
      sw: './src/web/sw.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // Chunks named by their content: a pane left open across a release still fetches its own release's chunk
      // (keep the previous release's chunks on the host), never a newer one that no longer fits it.
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          exclude: /node_modules/,
          // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
          options: {
            transpileOnly: true,
            configFile: 'tsconfig.json',
            compilerOptions: { module: 'esnext' },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/web/index.html',
        chunks: ['index'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'message.html',
        template: './src/commands/message.html',
        chunks: [],
        inject: false,
      }),
      new ServiceWorkerFiles(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          // Named by the manifest's SupportUrl and LearnMoreUrl.
          { from: 'src/help/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // An AppDomain is an origin only (Microsoft's manifest reference): the host, never the path.
            transform: (content) =>
              production
                ? content
                    .toString()
                    .split(`<AppDomain>${DEV_URL}</AppDomain>`)
                    .join(`<AppDomain>${url.replace(/^(https?:\/\/[^/]+).*$/, '$1')}</AppDomain>`)
                    .split(DEV_URL)
                    .join(url)
                : content,
          },
        ],
      }),
    ],
    performance: { hints: false },
  };
}
