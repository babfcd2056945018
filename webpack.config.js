/* Browser bundle of the engine. The add-in issue adds the task pane and ribbon command entries; building the
   core for the web target here also proves it needs no Node.js module. */
const path = require('path');

module.exports = (env, argv) => ({
  mode: argv.mode || 'production',
  target: 'web',
  entry: { engine: './src/core/index.ts' },
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: '[name].js',
    library: { name: 'CapaianKinerja', type: 'umd' },
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        exclude: /node_modules/,
        options: {
          configFile: 'tsconfig.build.json',
          onlyCompileBundledFiles: true,
          compilerOptions: { outDir: 'dist' },
        },
      },
    ],
  },
  devtool: false,
  performance: { hints: false },
});
