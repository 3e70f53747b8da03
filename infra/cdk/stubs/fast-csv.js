const unused = () => {
  throw new Error('exceljs CSV is not bundled; see infra/cdk/stubs/README.md');
};
module.exports = { parse: unused, format: unused };
