// exceljs's CSV module calls dayjs.extend(...) at import and dayjs() only when reading CSV.
function dayjs() {
  throw new Error('dayjs is not bundled; see infra/cdk/stubs/README.md');
}
dayjs.extend = () => dayjs;
module.exports = dayjs;
