<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BundleForecastText</name>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="23"/>
        <source>, </source>
        <extracomment>Separator between listed names, e.g. stations (顿号 in Chinese).</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="34"/>
        <source>The model file cannot be opened.</source>
        <translation>无法打开模型文件。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="35"/>
        <source>This is not a MarineCast model file (model.mcmodel).</source>
        <translation>这不是 MarineCast 模型文件（model.mcmodel）。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="36"/>
        <source>The model file is damaged (%1).</source>
        <translation>模型文件已损坏（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="37"/>
        <source>The model file is cut off: it was not copied or saved completely.</source>
        <translation>模型文件不完整：它没有被完整复制或保存。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="38"/>
        <source>The model file uses a storage method MarineCast does not read.</source>
        <translation>模型文件使用了 MarineCast 无法读取的存储方式。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="40"/>
        <source>The model file was made by a newer MarineCast (format %1; this version reads up to %2). Update MarineCast to use it.</source>
        <translation>模型文件由更新版本的 MarineCast 创建（格式 %1；本版本最多读取格式 %2）。请更新 MarineCast 后再使用。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="43"/>
        <source>The model file&apos;s description is invalid at “%1”.</source>
        <translation>模型文件的描述在“%1”处无效。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="44"/>
        <source>The model file holds a model kind this version does not know (%1).</source>
        <translation>模型文件包含本版本不认识的模型类型（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="45"/>
        <source>The model file lacks the network weights “%1”.</source>
        <translation>模型文件缺少网络权重“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="46"/>
        <source>The model file holds weights the network does not have (“%1”).</source>
        <translation>模型文件包含网络中不存在的权重（“%1”）。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="47"/>
        <source>The network weights “%1” in the model file have the wrong size.</source>
        <translation>模型文件中的网络权重“%1”尺寸不对。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="48"/>
        <source>The model file stores weights in a number type MarineCast does not read.</source>
        <translation>模型文件以 MarineCast 无法读取的数值类型保存权重。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="49"/>
        <source>The model file could not be written.</source>
        <translation>无法写入模型文件。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="51"/>
        <source>The model file cannot be used.</source>
        <translation>无法使用该模型文件。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="62"/>
        <source>The data&apos;s grid differs from the grid the model was trained on.</source>
        <translation>数据的网格与模型训练时的网格不同。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="63"/>
        <source>The data has no station “%1”, which the model was trained on.</source>
        <translation>数据中没有站点“%1”，而模型是用该站点训练的。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="65"/>
        <source>The data lacks the variable “%1” at station “%2”, which the model needs.</source>
        <translation>数据中站点“%2”缺少模型所需的变量“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="66"/>
        <source>The data&apos;s time step differs from the one the model was trained on.</source>
        <translation>数据的时间步长与训练模型时的不同。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="67"/>
        <source>The data is shorter than the model&apos;s lookback window.</source>
        <translation>数据比模型的回看窗口还短。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="68"/>
        <source>The data states another unit for “%1” than the training data: the forecasts may be off.</source>
        <translation>数据中“%1”的单位与训练数据不同：预测结果可能有偏差。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="69"/>
        <source>The data files are not the ones the model was trained on.</source>
        <translation>这些数据文件不是训练模型时使用的文件。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="73"/>
        <source>The data has: %1.</source>
        <extracomment>%1 lists what the data offers instead, e.g. stations or variables.</extracomment>
        <translation>数据中有：%1。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="82"/>
        <source>No station in the data has the model&apos;s target variable.</source>
        <translation>数据中没有任何站点具有模型的目标变量。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="83"/>
        <source>Several stations have the target variable: choose one (%1).</source>
        <translation>多个站点具有目标变量：请选择一个（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="84"/>
        <source>The station is not in the data.</source>
        <translation>数据中没有该站点。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="85"/>
        <source>The station lacks the target or an input variable.</source>
        <translation>该站点缺少目标变量或某个输入变量。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="86"/>
        <source>The data has no complete window to forecast from.</source>
        <translation>数据中没有可用于预测的完整窗口。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="87"/>
        <source>The model cannot forecast this arrangement of stations.</source>
        <translation>该模型无法对这种站点布局进行预测。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="89"/>
        <source>Some stations have no latitude and longitude, which the model needs: %1.</source>
        <translation>部分站点没有经纬度，而模型需要它们：%1。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="91"/>
        <source>The forecast windows could not be built.</source>
        <translation>无法构建预测窗口。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="117"/>
        <source>The saved model cannot be used.</source>
        <translation>无法使用已保存的模型。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="123"/>
        <source>The data has neither a complete window nor a forecast ahead.</source>
        <translation>数据既没有完整的窗口，也无法进行未来预测。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_text.cpp" line="124"/>
        <source>The saved model cannot forecast on this data:</source>
        <translation>已保存的模型无法在这些数据上预测：</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/chart_export.cpp" line="41"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/chart_export.cpp" line="46"/>
        <source>Run “%1” has no forecast to export.</source>
        <translation>运行“%1”没有可导出的预报。</translation>
    </message>
    <message>
        <location filename="../ui/chart_export.cpp" line="125"/>
        <source>The image is too large.</source>
        <translation>图像过大。</translation>
    </message>
    <message>
        <location filename="../ui/chart_export.cpp" line="129"/>
        <location filename="../ui/chart_export.cpp" line="153"/>
        <location filename="../ui/chart_export.cpp" line="168"/>
        <source>The chart could not be drawn.</source>
        <translation>无法绘制图表。</translation>
    </message>
    <message>
        <location filename="../ui/chart_export.cpp" line="177"/>
        <source>Choose a size between 16 and 20000 pixels and a resolution between 10 and 2400 DPI.</source>
        <translation>请选择 16 到 20000 像素之间的尺寸，以及 10 到 2400 DPI 之间的分辨率。</translation>
    </message>
    <message>
        <location filename="../ui/chart_export.cpp" line="282"/>
        <source>The comparison has no forecast to export.</source>
        <translation>该对比没有可导出的预测。</translation>
    </message>
    <message>
        <location filename="../ui/chart_export.cpp" line="301"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <location filename="../ui/comparison_export.cpp" line="30"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/comparison_export.cpp" line="54"/>
        <source>There is no comparison to export.</source>
        <translation>没有可导出的对比。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_export.cpp" line="82"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_export.cpp" line="124"/>
        <source>Export comparison table</source>
        <translation>导出对比表</translation>
    </message>
    <message>
        <location filename="../ui/comparison_export.cpp" line="126"/>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV 文件 (*.csv);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/comparison_export.cpp" line="131"/>
        <location filename="../ui/comparison_export.cpp" line="183"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/comparison_export.cpp" line="208"/>
        <source>Export charts</source>
        <translation>批量导出图表</translation>
    </message>
    <message>
        <location filename="../ui/comparison_export.cpp" line="209"/>
        <source>%1 of %2 charts were written.</source>
        <translation>已写入 %1 个图表（共 %2 个）。</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="343"/>
        <source>Observed</source>
        <translation>观测值</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="226"/>
        <source>%1 at %2: observed vs predicted, %3 d ahead</source>
        <translation>%2 站点的 %1：观测值与预测值对比，提前 %3 天</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="223"/>
        <source>%1 at %2: observed vs predicted, %3 mo ahead</source>
        <extracomment>Chart title: %1 variable (unit), %2 station, %3 the forecast lead time in calendar months (预测步).</extracomment>
        <translation>%2 站点的 %1：观测值与预测值对比，提前 %3 个月</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="228"/>
        <source>%1 at %2: observed vs predicted, step %3 ahead</source>
        <translation>%2 站点的 %1：观测值与预测值对比，提前 %3 步</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="243"/>
        <source>%1 · %2 · epochs %3  —  RMSE %4 %5, skill vs persistence %6</source>
        <extracomment>Chart caption: %1 model, %2 key settings, %3 training epochs run (轮), %4 RMSE and %5 its unit, %6 the skill score against persistence, 1 − RMSE_model / RMSE_persistence (技巧评分).</extracomment>
        <translation>%1 · %2 · %3 轮  —  RMSE %4 %5，相对持续性预报的技巧评分 %6</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="345"/>
        <source>Predicted (%1)</source>
        <translation>预测值 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="348"/>
        <source>Persistence</source>
        <translation>持续性预报</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="350"/>
        <source>Climatology</source>
        <translation>气候态预报</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="354"/>
        <source>Recent observations</source>
        <extracomment>Legend: the observations the forecast ahead was made from, just before it (近期观测).</extracomment>
        <translation>近期观测值</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="358"/>
        <source>Forecast ahead</source>
        <extracomment>Legend: the model&apos;s forecast for the steps after the last observation (未来预测).</extracomment>
        <translation>未来预测</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="364"/>
        <location filename="../ui/forecast_chart.cpp" line="386"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="382"/>
        <source>Predicted − observed</source>
        <translation>预测值 − 观测值</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="387"/>
        <source>Error</source>
        <translation>误差</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="388"/>
        <source>Error (%1)</source>
        <translation>误差 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="407"/>
        <location filename="../ui/forecast_chart.cpp" line="410"/>
        <source>Cannot write the chart to %1</source>
        <translation>无法将图表写入 %1</translation>
    </message>
</context>
<context>
    <name>ImportErrorText</name>
    <message>
        <location filename="../ui/import_error_text.cpp" line="11"/>
        <location filename="../ui/import_error_text.cpp" line="35"/>
        <source>The data could not be read.</source>
        <translation>无法读取数据。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="12"/>
        <source>A data file could not be found or opened.</source>
        <translation>找不到或无法打开某个数据文件。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="13"/>
        <source>The folder holds no readable data file.</source>
        <translation>该文件夹中没有可读取的数据文件。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="14"/>
        <source>A data file is empty: it has no header row.</source>
        <translation>某个数据文件为空：没有表头行。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="15"/>
        <source>No time column was found. Name it date, time, datetime or timestamp, or give a column the time role.</source>
        <translation>未找到时间列。请将其命名为 date、time、datetime 或 timestamp，或为某列指定“时间”角色。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="16"/>
        <source>A time value could not be read. Choose the time format in the import settings.</source>
        <translation>无法读取时间值。请在导入设置中选择时间格式。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="17"/>
        <source>A row has more fields than the header.</source>
        <translation>某一行的字段数多于表头。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="18"/>
        <source>A quoted field is never closed.</source>
        <translation>某个带引号的字段缺少闭合引号。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="19"/>
        <source>No station could be derived from the file name. Add a station column.</source>
        <translation>无法从文件名推断站点。请添加 station 列。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="20"/>
        <source>This is not a text file. Save spreadsheets as CSV (UTF-8) first.</source>
        <translation>这不是文本文件。请先将电子表格另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="21"/>
        <source>The file holds bytes that are not valid in the chosen encoding. Choose another encoding.</source>
        <translation>文件中含有所选编码下无效的字节。请选择其他编码。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="22"/>
        <source>The chosen delimiter does not split the header into columns.</source>
        <translation>所选分隔符无法将表头拆分成多列。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="23"/>
        <source>The file changed while it was being read. Import it again once it is complete.</source>
        <translation>读取过程中文件发生了变化。请在文件完整后重新导入。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="24"/>
        <source>The file could not be read to its end.</source>
        <translation>无法将文件读取到末尾。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="25"/>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="26"/>
        <source>The import settings cannot be applied.</source>
        <translation>无法应用导入设置。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="27"/>
        <source>The station table could not be read.</source>
        <translation>无法读取站点表。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="28"/>
        <source>The NetCDF file could not be read.</source>
        <translation>无法读取 NetCDF 文件。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="29"/>
        <source>The NetCDF file has no time coordinate.</source>
        <translation>NetCDF 文件没有时间坐标。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="30"/>
        <source>The NetCDF time units are not understood.</source>
        <translation>无法识别 NetCDF 的时间单位。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="31"/>
        <source>The NetCDF calendar is not supported.</source>
        <translation>不支持该 NetCDF 日历。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="32"/>
        <source>The NetCDF file has no data variable over time.</source>
        <translation>NetCDF 文件中没有随时间变化的数据变量。</translation>
    </message>
    <message>
        <location filename="../ui/import_error_text.cpp" line="33"/>
        <source>A requested NetCDF variable does not exist.</source>
        <translation>所请求的 NetCDF 变量不存在。</translation>
    </message>
</context>
<context>
    <name>KeySettings</name>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="35"/>
        <source>hidden</source>
        <extracomment>Run summary, before a number: LSTM hidden size, units per layer (隐层单元数).</extracomment>
        <translation>隐层单元数</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="37"/>
        <source>layers</source>
        <extracomment>Run summary, before a number: stacked LSTM layers.</extracomment>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="39"/>
        <source>dropout</source>
        <extracomment>Run summary, before a number: dropout rate between LSTM layers.</extracomment>
        <translation>随机失活</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="41"/>
        <source>batch</source>
        <extracomment>Run summary, before a number: batch size, windows per gradient step (批大小).</extracomment>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="43"/>
        <source>lookback</source>
        <extracomment>Run summary, before a number: past time steps the model sees (回看步数).</extracomment>
        <translation>回看步数</translation>
    </message>
    <message>
        <location filename="../ui/forecast_chart.cpp" line="45"/>
        <source>predict-change</source>
        <extracomment>Run summary: the model predicts the change from the last observed value, not the level.</extracomment>
        <translation>预测变化量</translation>
    </message>
</context>
<context>
    <name>ModelOptions</name>
    <message>
        <location filename="../ui/option_form.cpp" line="31"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="32"/>
        <source>Gradient-descent optimizer: Adam, Nadam (Adam with Nesterov momentum), AdamW (decoupled weight decay), SGD or RMSprop.</source>
        <translation>梯度下降优化器：Adam、Nadam（带 Nesterov 动量的 Adam）、AdamW（解耦权重衰减）、SGD 或 RMSprop。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="33"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="34"/>
        <source>Step size of the optimizer.</source>
        <translation>优化器的步长。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="35"/>
        <source>Beta 1</source>
        <translation>一阶矩衰减 β1</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="36"/>
        <source>Adam, Nadam, AdamW: decay of the running gradient average; below 1.</source>
        <translation>Adam、Nadam、AdamW：梯度滑动平均的衰减率，须小于 1。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="37"/>
        <source>Beta 2</source>
        <translation>二阶矩衰减 β2</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="38"/>
        <source>Adam, Nadam, AdamW: decay of the running squared-gradient average; below 1.</source>
        <translation>Adam、Nadam、AdamW：梯度平方滑动平均的衰减率，须小于 1。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="39"/>
        <source>Epsilon</source>
        <translation>数值稳定项 ε</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="40"/>
        <source>Adam, Nadam, AdamW, RMSprop: added to the denominator for numerical stability.</source>
        <translation>Adam、Nadam、AdamW、RMSprop：加到分母上以保证数值稳定。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="41"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="42"/>
        <source>L2 penalty on the weights; AdamW decouples it from the gradient step. 0 turns it off.</source>
        <translation>权重的 L2 惩罚；AdamW 将其与梯度步解耦。0 表示关闭。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="43"/>
        <source>Momentum decay</source>
        <translation>动量衰减</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="44"/>
        <source>Nadam: how fast the momentum warms up towards beta 1 (psi of its schedule; 0.004 as in PyTorch).</source>
        <translation>Nadam：动量向 beta 1 预热的速度（其调度中的 psi；与 PyTorch 相同，默认 0.004）。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="45"/>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="46"/>
        <source>SGD, RMSprop: momentum factor, below 1; 0 turns it off.</source>
        <translation>SGD、RMSprop：动量系数，须小于 1；0 表示关闭。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="47"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="48"/>
        <source>Windows per gradient step.</source>
        <translation>每次梯度更新使用的窗口数。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="50"/>
        <source>Epochs</source>
        <extracomment>Number of training epochs: full passes over the training windows (轮数), not a date or an era.</extracomment>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="51"/>
        <source>Passes over the training windows.</source>
        <translation>遍历全部训练窗口的次数。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="53"/>
        <source>Lookback</source>
        <extracomment>Input window length: how many past time steps the model sees for one forecast (回看步数).</extracomment>
        <translation>回看步数</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="54"/>
        <source>Past time steps the model sees.</source>
        <translation>模型可见的历史时间步数。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="56"/>
        <source>Horizon</source>
        <extracomment>Forecast horizon: how many future time steps are predicted at once (3 = one, two and three steps ahead), not the visible horizon.</extracomment>
        <translation>预测步长</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="57"/>
        <source>Future time steps predicted at once.</source>
        <translation>一次预测的未来时间步数。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="58"/>
        <source>Output activation</source>
        <translation>输出激活函数</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="59"/>
        <source>Activation on the model output; auto is ReLU for min-max scaled levels, none otherwise.</source>
        <translation>模型输出端的激活函数；auto 表示：对 min-max 归一化的水平值使用 ReLU，其他情况为 none。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="60"/>
        <source>Predict change</source>
        <translation>预测变化量</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="61"/>
        <source>Predict the change from the last observed value instead of the level.</source>
        <translation>预测相对最后一个观测值的变化量，而不是水平值本身。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="63"/>
        <source>Loss</source>
        <extracomment>The loss function minimised in training (mse, mae, huber), not a financial loss.</extracomment>
        <translation>损失函数</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="64"/>
        <source>Training loss, in scaled units.</source>
        <translation>训练损失函数，按归一化后的单位计算。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="65"/>
        <source>Scaling</source>
        <translation>归一化</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="66"/>
        <source>Scaling fitted on the training range only.</source>
        <translation>归一化参数仅在训练期数据上拟合。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="68"/>
        <source>Early-stopping patience</source>
        <extracomment>Epochs to wait for a better validation loss before training stops early.</extracomment>
        <translation>早停耐心轮数</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="69"/>
        <source>Stop after this many epochs without a better validation loss; 0 turns it off.</source>
        <translation>验证损失连续这么多轮没有改善即停止训练；0 表示关闭早停。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="71"/>
        <source>Seed</source>
        <extracomment>Random seed, the number that makes a run repeatable.</extracomment>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="72"/>
        <source>Seed for weight initialisation and shuffling.</source>
        <translation>用于权重初始化和数据打乱的随机种子。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="73"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="74"/>
        <source>auto (CUDA when available, else CPU), cpu, cuda or cuda:N.</source>
        <translation>auto（有 CUDA 时使用 CUDA，否则使用 CPU）、cpu、cuda 或 cuda:N。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="75"/>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="76"/>
        <source>CPU threads for training; 0 uses all cores but one (at least 1).</source>
        <translation>训练使用的 CPU 线程数；0 表示使用除一个核心外的全部核心（至少 1 个）。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="77"/>
        <source>Initialisation</source>
        <translation>初始化方式</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="78"/>
        <source>Initial weights: LibTorch&apos;s defaults, or Keras&apos;s (Glorot-uniform, orthogonal recurrent, forget-gate bias 1).</source>
        <translation>初始权重：LibTorch 默认值，或 Keras 的初始化（Glorot 均匀分布、正交循环权重、遗忘门偏置为 1）。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="79"/>
        <source>Stateful</source>
        <translation>有状态 (Stateful)</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="80"/>
        <source>Keras-style stateful training: the batch is cut into contiguous streams whose state carries across batches; lookback does not apply.</source>
        <translation>Keras 式有状态训练：一个批次切分为若干连续的数据流，其状态在批次之间延续；此模式下回看步数不适用。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="81"/>
        <source>Steps per batch</source>
        <translation>每批步数</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="82"/>
        <source>Time steps each stream advances per batch in stateful mode.</source>
        <translation>有状态模式下每个数据流每批前进的时间步数。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="83"/>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="84"/>
        <source>Long short-term memory network: LSTM, then a linear layer to the horizon.</source>
        <translation>长短期记忆网络：LSTM 层之后接一个线性层，输出整个预测步长。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="85"/>
        <source>Hidden size</source>
        <translation>隐层单元数</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="86"/>
        <source>Units in each LSTM layer.</source>
        <translation>每个 LSTM 层的单元数。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="87"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="88"/>
        <source>Stacked LSTM layers.</source>
        <translation>堆叠的 LSTM 层数。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="89"/>
        <source>Dropout</source>
        <translation>随机失活 (Dropout)</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="90"/>
        <source>Dropout between stacked LSTM layers (needs at least 2 layers).</source>
        <translation>堆叠 LSTM 层之间的随机失活（至少需要 2 层）。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="91"/>
        <source>ConvLSTM</source>
        <translation>ConvLSTM</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="92"/>
        <source>Convolutional LSTM encoder-forecaster (Shi et al. 2015) over grid cells or station frames.</source>
        <translation>卷积 LSTM 编码-预测网络（Shi 等，2015），作用于网格单元或站点帧。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="93"/>
        <source>ConvLSTM layers</source>
        <translation>ConvLSTM 层数</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="94"/>
        <source>Stacked ConvLSTM layers in the encoding and in the forecasting network.</source>
        <translation>编码网络和预测网络中堆叠的 ConvLSTM 层数。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="96"/>
        <source>Hidden channels</source>
        <extracomment>Channels (feature maps) of the hidden state of each ConvLSTM layer.</extracomment>
        <translation>隐藏通道数</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="97"/>
        <source>Hidden channels of each ConvLSTM layer, one value per layer, e.g. 16,16.</source>
        <translation>每个 ConvLSTM 层的隐藏通道数，每层一个值，例如 16,16。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="99"/>
        <source>Kernel size</source>
        <extracomment>Side length of the square convolution kernel, in grid cells.</extracomment>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="100"/>
        <source>Odd side of the square convolution kernels: one value for all layers, or one per layer.</source>
        <translation>方形卷积核的边长（奇数）：所有层一个值，或每层一个值。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="102"/>
        <source>Residual forecast</source>
        <extracomment>Option of the multi-node models: forecast the change from the last observed value (residual) instead of the level.</extracomment>
        <translation>残差预报</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="103"/>
        <source>on: predict the change from each node&apos;s last observed value, starting from the persistence forecast; off: predict the level. Has no effect with Predict change.</source>
        <translation>on：预测相对于每个节点最后观测值的变化，从持续性预报起步；off：直接预测数值。启用“预测变化量”时无效。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="104"/>
        <source>Local self-attention</source>
        <translation>局部自注意力</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="105"/>
        <source>Local self-attention over the lookback window (Stand-Alone Self-Attention or local relation layers), then a linear layer to the horizon.</source>
        <translation>在回看窗口上的局部自注意力（独立自注意力层或局部关系层），再接线性层输出预测步长。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="106"/>
        <source>Attention layer</source>
        <translation>注意力层</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="107"/>
        <source>Stand-Alone Self-Attention (queries, keys, values, relative position embeddings) or local relation (key-query composability plus a learned geometry prior, aggregating the input).</source>
        <translation>独立自注意力（查询、键、值及相对位置嵌入），或局部关系层（键-查询可组合性加学习得到的几何先验，对输入进行聚合）。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="108"/>
        <source>Attention window</source>
        <translation>注意力窗口</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="109"/>
        <source>Extent k of the local window each step attends over: (k-1)/2 rounded down before, the rest after.</source>
        <translation>每个时间步关注的局部窗口大小 k：之前 (k-1)/2（向下取整）步，其余在之后。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="110"/>
        <source>Heads</source>
        <translation>头数</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="111"/>
        <source>Attention heads (channel groups sharing aggregation weights); must divide the embedding dimension.</source>
        <translation>注意力头数（共享聚合权重的通道组）；必须整除嵌入维度。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="112"/>
        <source>Attention layers</source>
        <translation>注意力层数</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="113"/>
        <source>Stacked attention blocks, each with a residual connection, normalisation and a feed-forward layer.</source>
        <translation>堆叠的注意力块数，每块含残差连接、归一化和前馈层。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="114"/>
        <source>Embedding dimension</source>
        <translation>嵌入维度</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="115"/>
        <source>Channels of the attention blocks.</source>
        <translation>注意力块的通道数。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="116"/>
        <source>Graph neural network</source>
        <translation>图神经网络</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="117"/>
        <source>Graph neural network of Scarselli et al. (2009) over the station network: states at the fixed point of a contraction, one forecast per station.</source>
        <translation>Scarselli 等（2009）的图神经网络，作用于站点网络：状态取压缩映射的不动点，每个站点一个预测。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="118"/>
        <source>State size</source>
        <translation>状态维度</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="119"/>
        <source>Length s of each station&apos;s state x_n.</source>
        <translation>每个站点状态 x_n 的长度 s。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="120"/>
        <source>Contraction constant</source>
        <translation>压缩常数</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="121"/>
        <source>mu in (0, 1): the linear variant&apos;s bound on the transition&apos;s Jacobian norm, the nonlinear variant&apos;s target for its penalty.</source>
        <translation>mu 取值 (0, 1)：线性变体中转移函数雅可比范数的上界，非线性变体中惩罚项的目标值。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="122"/>
        <source>Forward tolerance</source>
        <translation>前向容差</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="123"/>
        <source>The state iteration stops when no state changes by more than this.</source>
        <translation>当所有状态的变化都不超过此值时，状态迭代停止。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="124"/>
        <source>Backward tolerance</source>
        <translation>反向容差</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="125"/>
        <source>The gradient iteration stops when no adjoint value changes by more than this.</source>
        <translation>当所有伴随量的变化都不超过此值时，梯度迭代停止。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="126"/>
        <source>Maximum iterations</source>
        <translation>最大迭代次数</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="127"/>
        <source>Cap on the state and on the gradient iterations; passes that reach it are counted as not converged.</source>
        <translation>状态迭代和梯度迭代的次数上限；达到上限的计算计为未收敛。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="128"/>
        <source>Neighbours</source>
        <translation>邻居数</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="129"/>
        <source>Each station is linked to its k nearest stations (and they to it); used when the radius is 0.</source>
        <translation>每个站点与最近的 k 个站点相连（双向）；半径为 0 时使用。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="130"/>
        <source>Radius (km)</source>
        <translation>半径（千米）</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="131"/>
        <source>Link every pair of stations closer than this great-circle distance; 0 uses neighbours.</source>
        <translation>连接大圆距离小于此值的每对站点；0 表示使用邻居数。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="132"/>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="133"/>
        <source>linear: a contraction for any weights; nonlinear: an MLP transition kept contractive by a penalty weighted by beta.</source>
        <translation>linear：对任意权重都是压缩映射；nonlinear：多层感知机转移函数，由 beta 加权的惩罚项保持压缩性。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="134"/>
        <source>Penalty weight</source>
        <translation>惩罚权重</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="135"/>
        <source>Nonlinear variant: weight of the penalty on Jacobian columns whose norm exceeds mu.</source>
        <translation>非线性变体：对范数超过 mu 的雅可比列所施加惩罚的权重。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="136"/>
        <source>Hidden units</source>
        <translation>隐藏单元数</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="137"/>
        <source>Hidden units of each of the network&apos;s MLPs (transition, forcing, output).</source>
        <translation>网络中各多层感知机（转移、强迫、输出）的隐藏单元数。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="139"/>
        <source>LSTM implementation</source>
        <extracomment>Which code computes the LSTM layers: MarineCast&apos;s own fast CPU version or LibTorch&apos;s; both give the same results.</extracomment>
        <translation>LSTM 实现</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="140"/>
        <source>auto: MarineCast&apos;s fused LSTM on the CPU (several times faster for small models, same results), LibTorch&apos;s on CUDA; fused: always the fused one (CPU only); torch: always LibTorch&apos;s.</source>
        <translation>auto：CPU 上使用 MarineCast 的融合 LSTM（小模型快数倍，结果相同），CUDA 上使用 LibTorch 的实现；fused：始终使用融合实现（仅 CPU）；torch：始终使用 LibTorch 的实现。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="142"/>
        <source>Current</source>
        <extracomment>Preset name: the &quot;current model&quot; of the reference slide deck (as opposed to its original model), not &quot;the present time&quot;.</extracomment>
        <translation>当前模型</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="143"/>
        <source>Current model of the reference deck: LSTM hidden 32, Adam lr 1e-5, batch 128, 300 epochs, stateless.</source>
        <translation>参考资料中的当前模型：LSTM 隐层单元数 32，Adam 学习率 1e-5，批大小 128，300 轮，无状态。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="145"/>
        <source>Original</source>
        <extracomment>Preset name: the &quot;original model&quot; of the reference slide deck (the Keras model it replaced).</extracomment>
        <translation>原模型</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="146"/>
        <source>Original Keras model of the reference deck: LSTM hidden 5, Nadam (Keras defaults), batch 100, stateful (1 step per batch), Keras initialisation. Reproduced from Keras: stateful streams, the Nadam schedule, the initialisation; not reproduced: old Keras&apos;s hard-sigmoid gates.</source>
        <translation>参考资料中的原 Keras 模型：LSTM 隐层单元数 5，Nadam（Keras 默认参数），批大小 100，有状态（每批 1 步），Keras 初始化。复现了 Keras 的有状态数据流、Nadam 调度和初始化；未复现旧版 Keras 的 hard-sigmoid 门控。</translation>
    </message>
</context>
<context>
    <name>NodeTexts</name>
    <message>
        <location filename="../ui/node_texts.cpp" line="18"/>
        <source>1 station</source>
        <translation>1 个站点</translation>
    </message>
    <message>
        <location filename="../ui/node_texts.cpp" line="20"/>
        <source>%1 stations</source>
        <translation>%1 个站点</translation>
    </message>
    <message>
        <location filename="../ui/node_texts.cpp" line="23"/>
        <source>%1×%2 grid</source>
        <extracomment>Where a gridded run forecasts: rows (latitudes) × columns (longitudes) of the grid.</extracomment>
        <translation>%1×%2 网格</translation>
    </message>
    <message>
        <location filename="../ui/node_texts.cpp" line="30"/>
        <source>Grid cell</source>
        <translation>网格单元</translation>
    </message>
    <message>
        <location filename="../ui/node_texts.cpp" line="31"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../ui/node_texts.cpp" line="37"/>
        <source>All cells</source>
        <extracomment>Metrics row pooled over every node of the run.</extracomment>
        <translation>全部网格单元</translation>
    </message>
    <message>
        <location filename="../ui/node_texts.cpp" line="38"/>
        <source>All stations</source>
        <translation>全部站点</translation>
    </message>
    <message>
        <location filename="../ui/node_texts.cpp" line="48"/>
        <source>All stations (%1)</source>
        <extracomment>A comparison of a multi-station run, pooled over its %1 stations.</extracomment>
        <translation>全部站点（%1 个）</translation>
    </message>
    <message>
        <location filename="../ui/node_texts.cpp" line="51"/>
        <source>Grid %1×%2 (%3 cells)</source>
        <extracomment>A comparison of a gridded run: rows × columns of the grid, then the number of cells.</extracomment>
        <translation>%1×%2 网格（%3 个网格单元）</translation>
    </message>
    <message>
        <location filename="../ui/node_texts.cpp" line="76"/>
        <source>%1 (%2° N, %3° E)</source>
        <extracomment>A grid cell: its id, then latitude (degrees north) and longitude (degrees east).</extracomment>
        <translation>%1（北纬 %2°，东经 %3°）</translation>
    </message>
</context>
<context>
    <name>OverlayChart</name>
    <message>
        <location filename="../ui/overlay_chart.cpp" line="59"/>
        <source>%1 at %2: observed and forecasts, %3 mo ahead</source>
        <translation>%2 站点的 %1：观测值与各配置的预测值，提前 %3 个月</translation>
    </message>
    <message>
        <location filename="../ui/overlay_chart.cpp" line="61"/>
        <source>%1 at %2: observed and forecasts, %3 d ahead</source>
        <translation>%2 站点的 %1：观测值与各配置的预测值，提前 %3 天</translation>
    </message>
    <message>
        <location filename="../ui/overlay_chart.cpp" line="62"/>
        <source>%1 at %2: observed and forecasts, step %3 ahead</source>
        <translation>%2 站点的 %1：观测值与各配置的预测值，提前 %3 步</translation>
    </message>
    <message>
        <location filename="../ui/overlay_chart.cpp" line="82"/>
        <source>RMSE, %1: %2</source>
        <extracomment>Caption of the overlay chart: %1 the lead time (&quot;3 months ahead&quot;), %2 each configuration&apos;s RMSE.</extracomment>
        <translation>RMSE（%1）：%2</translation>
    </message>
    <message>
        <location filename="../ui/overlay_chart.cpp" line="85"/>
        <source>RMSE at step %1: %2</source>
        <translation>第 %1 步的 RMSE：%2</translation>
    </message>
    <message>
        <location filename="../ui/overlay_chart.cpp" line="115"/>
        <source>Observed</source>
        <translation>观测值</translation>
    </message>
    <message>
        <location filename="../ui/overlay_chart.cpp" line="126"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/overlay_chart.cpp" line="140"/>
        <source>Cannot write the chart to %1</source>
        <translation>无法将图表写入 %1</translation>
    </message>
</context>
<context>
    <name>ResultTexts</name>
    <message>
        <location filename="../ui/result_texts.cpp" line="39"/>
        <source>Skill against persistence cannot be computed: persistence makes no error on these windows.</source>
        <translation>无法计算相对持续性预报的技巧评分：持续性预报在这些窗口上没有误差。</translation>
    </message>
    <message>
        <location filename="../ui/result_texts.cpp" line="42"/>
        <source>The model beats persistence: skill %1 (RMSE %2 % lower).</source>
        <extracomment>skill: the skill score 1 − RMSE_model / RMSE_persistence (技巧评分), %1; %2 a percentage. persistence: the baseline forecast repeating the last observed value.</extracomment>
        <translation>模型优于持续性预报：技巧评分 %1（RMSE 低 %2 %）。</translation>
    </message>
    <message>
        <location filename="../ui/result_texts.cpp" line="44"/>
        <source>The model does not beat persistence: skill %1 (RMSE %2 % higher).</source>
        <translation>模型未能优于持续性预报：技巧评分 %1（RMSE 高 %2 %）。</translation>
    </message>
    <message>
        <location filename="../ui/result_texts.cpp" line="55"/>
        <source>%1: skill %2.</source>
        <extracomment>%1: lead time (&quot;3 months ahead&quot;, &quot;1 day ahead&quot;); %2: skill score against persistence (技巧评分).</extracomment>
        <translation>%1：技巧评分 %2。</translation>
    </message>
    <message>
        <location filename="../ui/result_texts.cpp" line="57"/>
        <source>At step %1: skill %2.</source>
        <extracomment>%1: forecast step (lead time, 预测步); %2: skill score against persistence (技巧评分).</extracomment>
        <translation>第 %1 预测步：技巧评分 %2。</translation>
    </message>
    <message>
        <location filename="../ui/result_texts.cpp" line="64"/>
        <source>Training was stopped on request; these are the forecasts of the best model up to then.</source>
        <translation>训练已按要求停止；以下为截至停止时最佳模型的预报。</translation>
    </message>
    <message>
        <location filename="../ui/result_texts.cpp" line="67"/>
        <source>A forecast step predicts the same value for every test window, usually a dead ReLU output. Try the output activation “none” or predicting the change. (%1)</source>
        <translation>某个预测步对所有测试窗口都给出相同的值，通常是 ReLU 输出失活（dead ReLU）所致。请尝试将输出激活函数设为“none”，或改为预测变化量。（%1）</translation>
    </message>
    <message>
        <location filename="../ui/result_texts.cpp" line="83"/>
        <source>%1 · %2 · %3, epochs: %4, training: %5 s on %6, test windows: %7</source>
        <translation>%1 · %2 · %3，轮数：%4，训练：在 %6 上用时 %5 秒，测试窗口：%7</translation>
    </message>
</context>
<context>
    <name>SkipSuggestions</name>
    <message>
        <location filename="../ui/variable_summary_table.cpp" line="23"/>
        <source>too few complete windows (each needs lookback + horizon consecutive observations); the series may be sampled less often than the grid: try a coarser (e.g. monthly) resolution or a shorter lookback</source>
        <translation>完整窗口太少（每个窗口需要连续的“回看步数 + 预测步数”个观测值）；该序列的采样可能比时间网格稀疏：请尝试更粗的分辨率（如按月）或更短的回看步数</translation>
    </message>
    <message>
        <location filename="../ui/variable_summary_table.cpp" line="27"/>
        <source>check the variable and the ranges</source>
        <translation>请检查变量和日期范围</translation>
    </message>
</context>
<context>
    <name>StepTexts</name>
    <message>
        <location filename="../ui/step_texts.cpp" line="25"/>
        <source>1 month ahead</source>
        <extracomment>Lead time of a monthly forecast: one month ahead.</extracomment>
        <translation>提前 1 个月</translation>
    </message>
    <message>
        <location filename="../ui/step_texts.cpp" line="27"/>
        <source>%1 months ahead</source>
        <translation>提前 %1 个月</translation>
    </message>
    <message>
        <location filename="../ui/step_texts.cpp" line="30"/>
        <source>1 day ahead</source>
        <extracomment>Lead time of a daily forecast: one day ahead.</extracomment>
        <translation>提前 1 天</translation>
    </message>
    <message>
        <location filename="../ui/step_texts.cpp" line="32"/>
        <source>%1 days ahead</source>
        <translation>提前 %1 天</translation>
    </message>
    <message>
        <location filename="../ui/step_texts.cpp" line="36"/>
        <source>Step %1 ahead</source>
        <extracomment>Lead time in time steps of the data (预测步): forecasts made %1 steps ahead.</extracomment>
        <translation>提前 %1 步</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>Forecasting for marine monitoring time series.</source>
        <translation>海洋监测时间序列预报。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="39"/>
        <source>Print the version, the LibTorch version and the device, then quit.</source>
        <translation>显示版本号、LibTorch 版本和计算设备，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="41"/>
        <source>Run the sample journey and save screenshots into &lt;folder&gt;, then quit.</source>
        <translation>运行示例流程，将截图保存到 &lt;folder&gt;，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="44"/>
        <source>Epochs of the screenshot run.</source>
        <translation>截图运行的训练轮数。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="47"/>
        <source>Interface language for this session: %1.</source>
        <translation>本次会话的界面语言：%1。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>Data files to open.</source>
        <translation>要打开的数据文件。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="58"/>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>未知语言“%1”；请从以下选项中选择：%2。</translation>
    </message>
</context>
<context>
    <name>mcui::AttentionView</name>
    <message>
        <location filename="../ui/attention_view.cpp" line="131"/>
        <source>not observed</source>
        <translation>无观测</translation>
    </message>
    <message>
        <location filename="../ui/attention_view.cpp" line="133"/>
        <source>Forecast made after %1 for %2: predicted %3, observed %4. Darker cells: more attention.</source>
        <extracomment>%1 last input day, %2 first forecast day, %3 predicted value, %4 observed value (or &quot;not observed&quot;).</extracomment>
        <translation>基于 %1 及之前的数据对 %2 的预测：预测值 %3，观测值 %4。颜色越深，注意力越大。</translation>
    </message>
    <message>
        <location filename="../ui/attention_view.cpp" line="137"/>
        <source>The attention weights cannot be shown: %1</source>
        <translation>无法显示注意力权重：%1</translation>
    </message>
    <message>
        <location filename="../ui/attention_view.cpp" line="151"/>
        <source>Attention weights of %1</source>
        <translation>%1 的注意力权重</translation>
    </message>
    <message>
        <location filename="../ui/attention_view.cpp" line="157"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../ui/attention_view.cpp" line="182"/>
        <source>Block %1 · head %2</source>
        <extracomment>Heading of one heatmap: attention block %1, head %2 (注意力块 / 头).</extracomment>
        <translation>注意力块 %1 · 头 %2</translation>
    </message>
    <message>
        <location filename="../ui/attention_view.cpp" line="184"/>
        <source>Day looked at (steps before the forecast)</source>
        <translation>被关注的日期（预测前的步数）</translation>
    </message>
    <message>
        <location filename="../ui/attention_view.cpp" line="186"/>
        <source>Day looking</source>
        <translation>关注方日期</translation>
    </message>
    <message>
        <location filename="../ui/attention_view.cpp" line="209"/>
        <source>Attention — %1</source>
        <extracomment>Window title; %1 is the run&apos;s name.</extracomment>
        <translation>注意力 — %1</translation>
    </message>
    <message>
        <location filename="../ui/attention_view.cpp" line="211"/>
        <source>&amp;Prediction for:</source>
        <extracomment>Label of the list of test predictions, each named by the first day it forecasts.</extracomment>
        <translation>预测日期(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>mcui::BundleForecastJob</name>
    <message>
        <location filename="../ui/bundle_forecast_job.cpp" line="84"/>
        <source>The saved model “%1” cannot be used.</source>
        <translation>无法使用已保存的模型“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/bundle_forecast_job.cpp" line="99"/>
        <source>Forecast: %1</source>
        <extracomment>Name of a run made by forecasting with a saved model; %1 is the model file&apos;s name.</extracomment>
        <translation>预测：%1</translation>
    </message>
</context>
<context>
    <name>mcui::ColumnRolesTable</name>
    <message>
        <location filename="../ui/column_roles_table.cpp" line="133"/>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <location filename="../ui/column_roles_table.cpp" line="133"/>
        <source>Automatic (not recognised)</source>
        <translation>自动（未识别）</translation>
    </message>
    <message>
        <location filename="../ui/column_roles_table.cpp" line="134"/>
        <source>Not a catalogue variable</source>
        <translation>非目录变量</translation>
    </message>
    <message>
        <location filename="../ui/column_roles_table.cpp" line="178"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/column_roles_table.cpp" line="178"/>
        <source>Role</source>
        <translation>作用</translation>
    </message>
    <message>
        <location filename="../ui/column_roles_table.cpp" line="178"/>
        <location filename="../ui/column_roles_table.cpp" line="180"/>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../ui/column_roles_table.cpp" line="178"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../ui/column_roles_table.cpp" line="179"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/column_roles_table.cpp" line="179"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/column_roles_table.cpp" line="179"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/column_roles_table.cpp" line="179"/>
        <source>Time of day</source>
        <translation>时刻</translation>
    </message>
    <message>
        <location filename="../ui/column_roles_table.cpp" line="179"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../ui/column_roles_table.cpp" line="180"/>
        <source>Quality flag</source>
        <translation>质量标志</translation>
    </message>
    <message>
        <location filename="../ui/column_roles_table.cpp" line="180"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>mcui::ComparisonControls</name>
    <message>
        <location filename="../ui/comparison_controls.cpp" line="90"/>
        <source>Configuration %1 of %2, %3: epoch %4 of %5</source>
        <translation>配置 %1/%2（%3）：第 %4/%5 轮</translation>
    </message>
    <message>
        <location filename="../ui/comparison_controls.cpp" line="98"/>
        <source>Variable %1 of %2 (%3)</source>
        <translation>变量 %1/%2（%3）</translation>
    </message>
    <message>
        <location filename="../ui/comparison_controls.cpp" line="109"/>
        <source>Configurations to compare</source>
        <translation>要对比的配置</translation>
    </message>
    <message>
        <location filename="../ui/comparison_controls.cpp" line="110"/>
        <source>Each is trained on the loaded data with the first one&apos;s station, variable, date ranges and seed, so all forecast the same test windows.</source>
        <translation>每个配置都在已加载的数据上训练，并统一采用第一个配置的站点、变量、日期范围和随机种子，因此所有配置预测的是相同的测试窗口。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_controls.cpp" line="112"/>
        <source>&amp;Run comparison</source>
        <translation>运行对比(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/comparison_controls.cpp" line="113"/>
        <source>Train every ticked configuration and compare them</source>
        <translation>训练每个勾选的配置并进行对比</translation>
    </message>
    <message>
        <location filename="../ui/comparison_controls.cpp" line="114"/>
        <source>&amp;All variables of the station</source>
        <translation>该站点全部变量(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/comparison_controls.cpp" line="115"/>
        <source>Train the ticked configurations for every variable of the station, one after the other</source>
        <translation>依次为该站点的每个变量训练勾选的配置</translation>
    </message>
    <message>
        <location filename="../ui/comparison_controls.cpp" line="116"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/comparison_controls.cpp" line="117"/>
        <source>Stop after the current batch; what finished is kept</source>
        <translation>在当前批次结束后停止；已完成的结果会保留</translation>
    </message>
    <message>
        <location filename="../ui/comparison_controls.cpp" line="118"/>
        <source>Export ta&amp;ble…</source>
        <translation>导出表格(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/comparison_controls.cpp" line="119"/>
        <source>The comparison table as CSV (or JSON)</source>
        <translation>以 CSV（或 JSON）格式导出对比表</translation>
    </message>
    <message>
        <location filename="../ui/comparison_controls.cpp" line="120"/>
        <source>Export &amp;chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/comparison_controls.cpp" line="121"/>
        <source>The chart on screen as PNG, SVG or PDF</source>
        <translation>将屏幕上的图表导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <location filename="../ui/comparison_controls.cpp" line="122"/>
        <source>Export all c&amp;harts…</source>
        <translation>导出全部图表(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/comparison_controls.cpp" line="123"/>
        <source>Into a folder: for every variable compared, the overlay chart and each configuration&apos;s chart</source>
        <translation>导出到文件夹：每个已对比变量的叠加图，以及每个配置各自的图表</translation>
    </message>
</context>
<context>
    <name>mcui::ComparisonJob</name>
    <message>
        <location filename="../ui/comparison_job.cpp" line="116"/>
        <source>The comparison stopped on an unexpected error. Please report it with the log.</source>
        <translation>对比因意外错误而中止。请附上日志报告此问题。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_job.cpp" line="117"/>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
</context>
<context>
    <name>mcui::ComparisonPanel</name>
    <message>
        <location filename="../ui/comparison_panel.cpp" line="125"/>
        <source>Open a data file or the sample data first.</source>
        <translation>请先打开数据文件或示例数据。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_panel.cpp" line="127"/>
        <source>Tick two or more configurations to compare.</source>
        <translation>请勾选两个或更多要对比的配置。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_panel.cpp" line="127"/>
        <source>Tick at least one configuration.</source>
        <translation>请至少勾选一个配置。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_panel.cpp" line="129"/>
        <source>Choose the variable to forecast: click it in the data tree.</source>
        <translation>请选择要预报的变量：在数据树中单击该变量。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_panel.cpp" line="134"/>
        <source>“%1” cannot be trained: %2.</source>
        <translation>“%1”无法训练：%2。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_panel.cpp" line="144"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/comparison_panel.cpp" line="196"/>
        <source>%1 of %2 variables compared; the summary says why the others were not.</source>
        <translation>已对比 %1 个变量（共 %2 个）；其余变量未对比的原因见汇总表。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_panel.cpp" line="198"/>
        <location filename="../ui/comparison_panel.cpp" line="251"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/comparison_panel.cpp" line="198"/>
        <source>Finished: %n variable(s).</source>
        <translation>
            <numerusform>已完成：%n 个变量。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/comparison_panel.cpp" line="210"/>
        <source>Stopping after the current batch…</source>
        <translation>将在当前批次结束后停止…</translation>
    </message>
    <message>
        <location filename="../ui/comparison_panel.cpp" line="232"/>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/comparison_panel.cpp" line="236"/>
        <source>No configuration could be trained; the results shown before are kept.</source>
        <translation>没有任何配置能够训练；之前显示的结果仍保留。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_panel.cpp" line="244"/>
        <source>Some configurations could not be trained:</source>
        <translation>部分配置无法训练：</translation>
    </message>
    <message>
        <location filename="../ui/comparison_panel.cpp" line="246"/>
        <source>Stopped on request after %1 of %2 configurations; a stopped configuration shows its best model up to then.</source>
        <translation>已按要求停止，共训练了 %1 个配置（共 %2 个）；被停止的配置显示其截至停止时的最佳模型。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_panel.cpp" line="251"/>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_panel.cpp" line="259"/>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/comparison_panel.cpp" line="306"/>
        <source>%n chart(s) exported.</source>
        <translation>
            <numerusform>已导出 %n 个图表。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/comparison_panel.cpp" line="311"/>
        <source>Training the configurations; the comparison appears here when they are done.</source>
        <translation>正在训练各配置；完成后对比结果将显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_panel.cpp" line="312"/>
        <source>No comparison yet.
Tick two or more configurations on the left and press Run comparison, or train the ticked ones for every variable of the station.</source>
        <translation>尚无对比。
请在左侧勾选两个或更多配置并点击“运行对比”，或为该站点的每个变量训练勾选的配置。</translation>
    </message>
</context>
<context>
    <name>mcui::ComparisonTableWidget</name>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="103"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="104"/>
        <source>Inputs (covariates)</source>
        <translation>输入（协变量）</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="105"/>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="106"/>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="107"/>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="108"/>
        <source>NSE</source>
        <translation>NSE</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="109"/>
        <source>Skill vs persistence</source>
        <translation>相对持续性预报的技巧评分</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="110"/>
        <source>Training time (s)</source>
        <translation>训练时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="111"/>
        <source>Epochs run</source>
        <translation>已训练轮数</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="152"/>
        <source>Setting or score</source>
        <translation>设置或评分</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="156"/>
        <source>Persistence</source>
        <translation>持续性预报</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="156"/>
        <source>Climatology</source>
        <translation>气候态预报</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="162"/>
        <source>Tomorrow equals today: the last observed value, carried forward</source>
        <translation>明天等于今天：沿用最后一个观测值</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="163"/>
        <source>The training years&apos; mean for that day of year</source>
        <translation>训练年份中同一年内日序的平均值</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="182"/>
        <source>Settings that differ (%1)</source>
        <translation>不同的设置（%1）</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="183"/>
        <source>Settings all share (%1)</source>
        <translation>相同的设置（%1）</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="186"/>
        <source>Scores, %1</source>
        <extracomment>Group of the comparison table: %1 the lead time, e.g. &quot;3 months ahead&quot;.</extracomment>
        <translation>评分（%1）</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="187"/>
        <source>Scores at step %1 ahead</source>
        <translation>提前 %1 步的评分</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="188"/>
        <source>Scores, all steps pooled</source>
        <translation>评分（全部预测步汇总）</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="241"/>
        <source>This setting differs between the configurations.</source>
        <translation>各配置的此项设置不同。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="252"/>
        <source>step %1 ahead</source>
        <translation>提前 %1 步</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="256"/>
        <source>Scores at %1, %2</source>
        <extracomment>Group of the comparison table: one node&apos;s scores; %1 the station or grid cell, %2 the lead time (&quot;3 months ahead&quot;) or &quot;all steps pooled&quot;.</extracomment>
        <translation>%1 的评分，%2</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="250"/>
        <source>all steps pooled</source>
        <translation>全部预测步汇总</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="219"/>
        <source>Skill = 1 − RMSE / RMSE of persistence; above 0 beats persistence.</source>
        <translation>技巧评分 = 1 − RMSE / 持续性预报的 RMSE；大于 0 即优于持续性预报。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_table_widget.cpp" line="221"/>
        <source>Bold: the best configuration for this score.</source>
        <translation>粗体：该评分最优的配置。</translation>
    </message>
</context>
<context>
    <name>mcui::ComparisonView</name>
    <message>
        <location filename="../ui/comparison_view.cpp" line="265"/>
        <source>All steps pooled</source>
        <translation>全部预测步汇总</translation>
    </message>
    <message>
        <location filename="../ui/comparison_view.cpp" line="241"/>
        <source>These forecasts cannot be drawn on one chart: “%1” forecasts station %2 only, which is not one of the nodes of the other runs (%3). Compare it with runs at %2, or compare the multi-node runs on their own.</source>
        <extracomment>%1: a one-station configuration&apos;s name; %2 its station; %3 what the multi-node runs forecast (&quot;All stations (4)&quot;).</extracomment>
        <translation>这些预测无法绘制在同一张图上：“%1”只预测站点 %2，而该站点不在其他运行的节点之中（%3）。请将它与站点 %2 的运行比较，或单独比较多节点运行。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_view.cpp" line="250"/>
        <source>Fixed to %2: “%1” forecasts only that station.</source>
        <extracomment>%1: a one-station configuration&apos;s name; %2 its station.</extracomment>
        <translation>固定为 %2：“%1”只预测该站点。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_view.cpp" line="270"/>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <location filename="../ui/comparison_view.cpp" line="337"/>
        <source>&lt;b&gt;%1&lt;/b&gt; at &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; tested on %3 (%4 windows)</source>
        <translation>&lt;b&gt;%2&lt;/b&gt; 站点的 &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; 测试期 %3（%4 个窗口）</translation>
    </message>
    <message>
        <location filename="../ui/comparison_view.cpp" line="341"/>
        <source>Every configuration was trained on %1 and tested on these same windows, with seed %2.</source>
        <translation>所有配置均在 %1 上训练，并在这些相同的窗口上测试，随机种子为 %2。</translation>
    </message>
    <message>
        <location filename="../ui/comparison_view.cpp" line="359"/>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <location filename="../ui/comparison_view.cpp" line="360"/>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location filename="../ui/comparison_view.cpp" line="362"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../ui/comparison_view.cpp" line="368"/>
        <source>Sc&amp;ores:</source>
        <translation>评分(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/comparison_view.cpp" line="369"/>
        <source>Scores pooled over every forecast step, or of one step</source>
        <translation>汇总全部预测步的评分，或单个预测步的评分</translation>
    </message>
    <message>
        <location filename="../ui/comparison_view.cpp" line="370"/>
        <source>Chart &amp;step:</source>
        <translation>图表预测步(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/comparison_view.cpp" line="371"/>
        <source>Which step ahead the chart shows</source>
        <translation>图表显示提前第几步的预测</translation>
    </message>
    <message>
        <location filename="../ui/comparison_view.cpp" line="372"/>
        <source>Reset &amp;zoom</source>
        <translation>重置缩放(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../ui/comparison_view.cpp" line="373"/>
        <source>Show the whole test range (or double-click the chart). Wheel zooms, dragging pans.</source>
        <translation>显示整个测试期（或双击图表）。滚轮缩放，拖动平移。</translation>
    </message>
</context>
<context>
    <name>mcui::ConfigList</name>
    <message>
        <location filename="../ui/config_list.cpp" line="119"/>
        <source>Current settings</source>
        <translation>当前设置</translation>
    </message>
    <message>
        <location filename="../ui/config_list.cpp" line="122"/>
        <source>%1 (preset)</source>
        <translation>%1（预设）</translation>
    </message>
    <message>
        <location filename="../ui/config_list.cpp" line="138"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/config_list.cpp" line="140"/>
        <source>Runs of this session</source>
        <translation>本次会话的运行</translation>
    </message>
    <message>
        <location filename="../ui/config_list.cpp" line="142"/>
        <source>No runs yet: finished runs appear here.</source>
        <translation>尚无运行：完成的运行会显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/config_list.cpp" line="148"/>
        <source>The settings in the Model panel, as they are now.</source>
        <translation>“模型”面板中当前的设置。</translation>
    </message>
    <message>
        <location filename="../ui/config_list.cpp" line="151"/>
        <source>The Model panel&apos;s settings with this preset applied: %1</source>
        <translation>在“模型”面板的设置上应用此预设：%1</translation>
    </message>
    <message>
        <location filename="../ui/config_list.cpp" line="155"/>
        <source>Retrained with this run&apos;s settings: %1</source>
        <translation>按此运行的设置重新训练：%1</translation>
    </message>
</context>
<context>
    <name>mcui::DataPreviewPanel</name>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="104"/>
        <location filename="../ui/data_preview_panel.cpp" line="279"/>
        <source>Import report…</source>
        <translation>导入报告…</translation>
    </message>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="178"/>
        <source> (%1, right axis)</source>
        <translation> (%1，右轴)</translation>
    </message>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="190"/>
        <source>Rejected by QC flag (%1)</source>
        <translation>被质量标志剔除 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="193"/>
        <source>Outside physical range (%1)</source>
        <translation>超出物理范围 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="196"/>
        <source>Filled by interpolation (%1)</source>
        <translation>插值填补 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="215"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="215"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="219"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="221"/>
        <source>Standardised value (z-score)</source>
        <translation>标准化值 (z-score)</translation>
    </message>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="241"/>
        <source>Select a variable in the data tree, or check several to compare them.</source>
        <translation>请在数据树中选择一个变量，或勾选多个变量进行比较。</translation>
    </message>
    <message>
        <location filename="../ui/data_preview_panel.cpp" line="242"/>
        <source>Open data to preview its series here.</source>
        <translation>打开数据后，可在此预览其时间序列。</translation>
    </message>
</context>
<context>
    <name>mcui::DataTreePanel</name>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="163"/>
        <source>Station / variable</source>
        <translation>站点 / 变量</translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="163"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="163"/>
        <source>Missing</source>
        <translation>缺测</translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="163"/>
        <source>Coverage</source>
        <translation>时间覆盖</translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="164"/>
        <source>Synthetic sample data: generated for demonstration, not real observations.</source>
        <translation>合成示例数据：为演示而生成，并非真实观测。</translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="175"/>
        <source>%1° N</source>
        <translation>北纬 %1°</translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="175"/>
        <source>%1° S</source>
        <translation>南纬 %1°</translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="176"/>
        <source>%1° E</source>
        <translation>东经 %1°</translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="176"/>
        <source>%1° W</source>
        <translation>西经 %1°</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data_tree_panel.cpp" line="181"/>
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n 个变量</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data_tree_panel.cpp" line="184"/>
        <source>Time axis: %1 to %2, %n time step(s)</source>
        <translation>
            <numerusform>时间轴：%1 至 %2，共 %n 个时间步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="189"/>
        <source>%1 at %2
Missing: %3 of the station&apos;s time axis
Check to preview several series at once.</source>
        <translation>%2 站点的 %1
缺测：占该站点时间轴的 %3
勾选可同时预览多个序列。</translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="204"/>
        <source>No data loaded.</source>
        <translation>未载入数据。</translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="223"/>
        <source>Coverage: %1 – %2</source>
        <translation>时间覆盖：%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="223"/>
        <source>Coverage: none</source>
        <translation>时间覆盖：无</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data_tree_panel.cpp" line="225"/>
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n 个站点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data_tree_panel.cpp" line="226"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n 个序列</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/data_tree_panel.cpp" line="227"/>
        <source>missing: %1</source>
        <translation>缺测：%1</translation>
    </message>
</context>
<context>
    <name>mcui::ExportDialog</name>
    <message>
        <location filename="../ui/export_dialog.cpp" line="157"/>
        <location filename="../ui/export_dialog.cpp" line="270"/>
        <source>Export charts</source>
        <translation>批量导出图表</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="158"/>
        <source>%1 of %2 charts were written.</source>
        <translation>已写入 %1 个图表（共 %2 个）。</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="181"/>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="181"/>
        <source>Choose the folder to write into.</source>
        <translation>请选择要写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="183"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="185"/>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 是文件夹；请选择文件名。</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="187"/>
        <source>%1 is a file; choose a folder.</source>
        <translation>%1 是文件；请选择文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="207"/>
        <source>Export charts into</source>
        <translation>将图表导出到</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="213"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="214"/>
        <location filename="../ui/export_dialog.cpp" line="270"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="237"/>
        <source>Prints at %1 × %2 cm</source>
        <translation>打印尺寸：%1 × %2 cm</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="271"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="272"/>
        <source>SVG vector drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="273"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="274"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="276"/>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="278"/>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="280"/>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="282"/>
        <source>Forecast st&amp;ep:</source>
        <extracomment>Which lead time the exported chart shows: step k is the forecast made k time steps ahead (预测步).</extracomment>
        <translation>预测步(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="284"/>
        <source>Which step ahead the chart shows (1 = the first forecast step)</source>
        <translation>图表显示提前第几步的预测（1 = 第一个预测步）</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="285"/>
        <source>Baselines:</source>
        <translation>基准：</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="286"/>
        <source>&amp;Persistence</source>
        <translation>持续性预报(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="287"/>
        <source>&amp;Climatology</source>
        <translation>气候态预报(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="288"/>
        <source>Save &amp;to:</source>
        <translation>保存到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="288"/>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="290"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="291"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>mcui::ForecastView</name>
    <message>
        <location filename="../ui/forecast_view.cpp" line="212"/>
        <location filename="../ui/forecast_view.cpp" line="226"/>
        <source>Observed: %1</source>
        <translation>观测值：%1</translation>
    </message>
    <message>
        <location filename="../ui/forecast_view.cpp" line="214"/>
        <source>Forecast ahead: %1</source>
        <extracomment>Hover readout on the dashed forecast past the last observation (未来预测).</extracomment>
        <translation>未来预测：%1</translation>
    </message>
    <message>
        <location filename="../ui/forecast_view.cpp" line="226"/>
        <source>Predicted: %1</source>
        <translation>预测值：%1</translation>
    </message>
    <message>
        <location filename="../ui/forecast_view.cpp" line="227"/>
        <source>Error: %1</source>
        <translation>误差：%1</translation>
    </message>
    <message>
        <location filename="../ui/forecast_view.cpp" line="229"/>
        <source>Persistence: %1</source>
        <translation>持续性预报：%1</translation>
    </message>
    <message>
        <location filename="../ui/forecast_view.cpp" line="231"/>
        <source>Climatology: %1</source>
        <translation>气候态预报：%1</translation>
    </message>
</context>
<context>
    <name>mcui::FrameView</name>
    <message>
        <location filename="../ui/frame_view.cpp" line="202"/>
        <source>%1 (forecast from %2, step %3)</source>
        <extracomment>Frame view: %1 the time the frames are valid at, %2 the forecast origin, %3 the forecast step.</extracomment>
        <translation>%1（起报时间 %2，第 %3 步）</translation>
    </message>
    <message>
        <location filename="../ui/frame_view.cpp" line="210"/>
        <source>Observed</source>
        <translation>观测值</translation>
    </message>
    <message>
        <location filename="../ui/frame_view.cpp" line="212"/>
        <source>Predicted</source>
        <translation>预测值</translation>
    </message>
    <message>
        <location filename="../ui/frame_view.cpp" line="212"/>
        <source>Predicted (%1)</source>
        <translation>预测值 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/frame_view.cpp" line="214"/>
        <source>Longitude (° E)</source>
        <translation>经度（° E）</translation>
    </message>
    <message>
        <location filename="../ui/frame_view.cpp" line="215"/>
        <source>Latitude (° N)</source>
        <translation>纬度（° N）</translation>
    </message>
    <message>
        <location filename="../ui/frame_view.cpp" line="221"/>
        <source>&amp;Time:</source>
        <extracomment>Frame view: the slider that picks the test time shown.</extracomment>
        <translation>时间(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>mcui::ImportDialog</name>
    <message>
        <location filename="../ui/import_dialog.cpp" line="108"/>
        <source>Load import settings</source>
        <translation>载入导入设置</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="108"/>
        <location filename="../ui/import_dialog.cpp" line="113"/>
        <source>Import settings (*.json)</source>
        <translation>导入设置 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="113"/>
        <source>Save import settings</source>
        <translation>保存导入设置</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="172"/>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="176"/>
        <source>Files: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="177"/>
        <source>The file the preview shows</source>
        <translation>预览所显示的文件</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="178"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_dialog.cpp" line="179"/>
        <source>Preview: the first %n row(s) as parsed</source>
        <translation>
            <numerusform>预览：按当前设置解析的前 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="180"/>
        <source>Load settings…</source>
        <translation>载入设置…</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="181"/>
        <source>Save settings…</source>
        <translation>保存设置…</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="182"/>
        <source>Use the settings of the current dataset</source>
        <translation>使用当前数据集的设置</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="183"/>
        <source>Read a new file of the same layout as the open data was read</source>
        <translation>按当前已打开数据的读取方式读取相同格式的新文件</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="184"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="185"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="186"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="186"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="187"/>
        <source>Settings and preview</source>
        <translation>设置与预览</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="188"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="210"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="214"/>
        <source>%1 holds no valid import settings: %2</source>
        <translation>%1 中没有有效的导入设置：%2</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="224"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="267"/>
        <source>The rows parse with these settings.</source>
        <translation>按这些设置可以正确解析各行。</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="268"/>
        <source>No data rows were found.</source>
        <translation>未找到数据行。</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="270"/>
        <source>Shown: the rows as text.</source>
        <translation>下方显示的是各行的原始文本。</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="290"/>
        <source>File %1 of %2: %p%</source>
        <translation>第 %1 个文件，共 %2 个：%p%</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="299"/>
        <source>The import was cancelled. The data loaded before stays open.</source>
        <translation>导入已取消。之前载入的数据保持打开。</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.cpp" line="300"/>
        <source>The data loaded before stays open.</source>
        <translation>之前载入的数据保持打开。</translation>
    </message>
</context>
<context>
    <name>mcui::ImportPreviewModel</name>
    <message>
        <location filename="../ui/import_preview_model.cpp" line="127"/>
        <source>Missing</source>
        <translation>缺测</translation>
    </message>
    <message>
        <location filename="../ui/import_preview_model.cpp" line="128"/>
        <source>Rejected by quality flag %1</source>
        <translation>被质量标志 %1 剔除</translation>
    </message>
    <message>
        <location filename="../ui/import_preview_model.cpp" line="129"/>
        <source>Rejected: outside the physical range</source>
        <translation>已剔除：超出物理范围</translation>
    </message>
    <message>
        <location filename="../ui/import_preview_model.cpp" line="130"/>
        <source>Filled by interpolation</source>
        <translation>插值填补</translation>
    </message>
    <message>
        <location filename="../ui/import_preview_model.cpp" line="147"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/import_preview_model.cpp" line="147"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/import_preview_model.cpp" line="149"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
</context>
<context>
    <name>mcui::ImportReportDialog</name>
    <message>
        <location filename="../ui/import_report_view.cpp" line="198"/>
        <location filename="../ui/import_report_view.cpp" line="205"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
</context>
<context>
    <name>mcui::ImportReportView</name>
    <message>
        <location filename="../ui/import_report_view.cpp" line="101"/>
        <source>File / variable</source>
        <translation>文件 / 变量</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="101"/>
        <location filename="../ui/import_report_view.cpp" line="103"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="101"/>
        <location filename="../ui/import_report_view.cpp" line="103"/>
        <source>Missing</source>
        <translation>缺测</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="101"/>
        <source>Non-numeric</source>
        <translation>非数值</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="101"/>
        <source>Outside range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="102"/>
        <source>Rejected by flag</source>
        <translation>被质量标志剔除</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="102"/>
        <source>First rejected lines</source>
        <translation>最先被剔除的行号</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="103"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="103"/>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="103"/>
        <source>Rejected</source>
        <translation>已剔除</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="103"/>
        <source>Filled</source>
        <translation>已填补</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="104"/>
        <source>Gaps</source>
        <translation>缺测段</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="104"/>
        <source>Longest gap</source>
        <translation>最长缺测段</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="105"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="106"/>
        <source>Series and gaps</source>
        <translation>序列与缺测段</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="108"/>
        <source>No import report: the data was not imported in this session.</source>
        <translation>没有导入报告：本次会话中未导入数据。</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="109"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="120"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_report_view.cpp" line="121"/>
        <source>%1: %n row(s), encoding %2, time format %3, delimiter %4</source>
        <translation>
            <numerusform>%1：%n 行，编码 %2，时间格式 %3，分隔符 %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="136"/>
        <source>flag %1: %2</source>
        <translation>标志 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="140"/>
        <source>First lines with text: %1</source>
        <translation>最先出现文本的行号：%1</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="169"/>
        <source>Skipped (not a data file): %1</source>
        <translation>已跳过（不是数据文件）：%1</translation>
    </message>
    <message>
        <location filename="../ui/import_report_view.cpp" line="171"/>
        <source>Warnings (%1)</source>
        <translation>警告（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_report_view.cpp" line="173"/>
        <source>%n file(s), </source>
        <translation>
            <numerusform>%n 个文件，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_report_view.cpp" line="173"/>
        <source>%n row(s) read, </source>
        <translation>
            <numerusform>读取 %n 行，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_report_view.cpp" line="174"/>
        <source>%n value(s) rejected by quality flag or physical range.</source>
        <translation>
            <numerusform>%n 个值因质量标志或物理范围被剔除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_report_view.cpp" line="176"/>
        <source>Resampled: %1; %n bin(s) left missing for too few readings.</source>
        <translation>
            <numerusform>已重采样：%1；%n 个时段因读数过少记为缺测。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcui::ImportSettingsForm</name>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="200"/>
        <source>Reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="201"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="202"/>
        <source>Stations and resampling</source>
        <translation>站点与重采样</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="204"/>
        <location filename="../ui/import_settings_form.cpp" line="227"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="204"/>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="206"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="208"/>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="209"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="209"/>
        <location filename="../ui/import_settings_form.cpp" line="211"/>
        <source>Comma (,)</source>
        <translation>逗号 (,)</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="209"/>
        <source>Semicolon (;)</source>
        <translation>分号 (;)</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="209"/>
        <source>Vertical bar (|)</source>
        <translation>竖线 (|)</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="210"/>
        <source>Decimal separator:</source>
        <translation>小数分隔符：</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="211"/>
        <source>Point (.)</source>
        <translation>句点 (.)</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="212"/>
        <source>Time format:</source>
        <translation>时间格式：</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="213"/>
        <source>ISO (2024-03-31 14:00)</source>
        <translation>ISO（2024-03-31 14:00）</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="213"/>
        <source>Month/day/year (03/31/2024)</source>
        <translation>月/日/年（03/31/2024）</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="214"/>
        <source>Day/month/year (31/03/2024)</source>
        <translation>日/月/年（31/03/2024）</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="214"/>
        <source>Year/month/day (2024/3/31)</source>
        <translation>年/月/日（2024/3/31）</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="215"/>
        <source>Chinese (2024年3月31日)</source>
        <translation>中文（2024年3月31日）</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="215"/>
        <source>Excel serial number</source>
        <translation>Excel 序列号</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="216"/>
        <source>Resample to:</source>
        <translation>重采样为：</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="217"/>
        <source>No resampling</source>
        <translation>不重采样</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="217"/>
        <source>Hourly</source>
        <translation>每小时</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="217"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="217"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="218"/>
        <source>Aggregation:</source>
        <translation>聚合方式：</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="219"/>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="219"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="219"/>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="219"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="226"/>
        <source>Header line:</source>
        <translation>表头行：</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="228"/>
        <source>Time zone offset:</source>
        <translation>时区偏移：</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="229"/>
        <source>UTC </source>
        <translation>UTC </translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="230"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="231"/>
        <source>Offset of the source&apos;s clock from UTC in hours, e.g. −5 for US Eastern Standard Time.</source>
        <translation>数据源时钟相对 UTC 的偏移（小时），例如美国东部标准时间为 −5。</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="232"/>
        <source>Missing markers:</source>
        <translation>缺测标记：</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="233"/>
        <source>Cells that mean &quot;missing&quot;, separated by commas; empty cells are always missing.</source>
        <translation>表示“缺测”的单元格内容，用逗号分隔；空单元格总是视为缺测。</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="234"/>
        <source>Accepted quality flags:</source>
        <translation>接受的质量标志：</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="235"/>
        <source>Reject values outside the physical range</source>
        <translation>剔除超出物理范围的值</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="236"/>
        <source>Station table:</source>
        <translation>站点表：</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="237"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="238"/>
        <source>A table of stations: code or name, latitude, longitude and optionally depth</source>
        <translation>站点表：代码或名称、纬度、经度，可选深度</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="239"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="240"/>
        <source>Station aliases:</source>
        <translation>站点别名：</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="241"/>
        <source>One per line: alias = station</source>
        <translation>每行一个：别名 = 站点</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="242"/>
        <source>Minimum fraction per bin:</source>
        <translation>每个时段的最低比例：</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="243"/>
        <source>Minimum readings per bin:</source>
        <translation>每个时段的最少读数：</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="244"/>
        <source>Fill gaps up to:</source>
        <translation>插值填补的最大缺测：</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="245"/>
        <source>Do not fill</source>
        <translation>不填补</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="246"/>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="327"/>
        <source>Station table</source>
        <translation>站点表</translation>
    </message>
    <message>
        <location filename="../ui/import_settings_form.cpp" line="328"/>
        <source>Tables (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>表格 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>mcui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="167"/>
        <source>About MarineCast</source>
        <translation>关于 MarineCast</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="168"/>
        <source>MarineCast %1
Forecasting for marine monitoring time series.
LibTorch %2</source>
        <translation>MarineCast %1
海洋监测时间序列预报。
LibTorch %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="217"/>
        <source>%n chart(s) exported</source>
        <translation>
            <numerusform>已导出 %n 个图表</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="225"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="226"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="227"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="229"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="231"/>
        <source>Runs</source>
        <extracomment>Dock title: the list of training runs, one row per model trained.</extracomment>
        <translation>运行列表</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="232"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="233"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="234"/>
        <source>&amp;New project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="235"/>
        <source>Open &amp;project…</source>
        <translation>打开项目(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="236"/>
        <source>Save pro&amp;ject</source>
        <translation>保存项目(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="237"/>
        <source>Save project &amp;as…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="238"/>
        <source>&amp;Open data…</source>
        <translation>打开数据(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="239"/>
        <source>Open &amp;sample data</source>
        <translation>打开示例数据(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="240"/>
        <source>&amp;Export chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="241"/>
        <source>Export &amp;forecasts as CSV…</source>
        <translation>将预报导出为 CSV(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="242"/>
        <source>Export &amp;metrics as CSV…</source>
        <translation>将指标导出为 CSV(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="243"/>
        <source>Export charts of selected &amp;runs…</source>
        <translation>导出所选运行的图表(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="246"/>
        <source>&amp;Run</source>
        <extracomment>Menu title: starting and stopping training runs (the noun &quot;a run&quot;, 运行).</extracomment>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="247"/>
        <source>&amp;Start training</source>
        <translation>开始训练(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="248"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="250"/>
        <source>&amp;Re-run</source>
        <extracomment>Trains the selected run&apos;s saved settings again, with the same seed (重新运行).</extracomment>
        <translation>重新运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="251"/>
        <source>Train the selected run again from its saved settings and seed</source>
        <translation>按所选运行保存的设置和随机种子重新训练</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="253"/>
        <source>&amp;Forecast with saved model…</source>
        <extracomment>Applies a model saved earlier (model.mcmodel) to the data (用已保存的模型预测).</extracomment>
        <translation>用已保存的模型预测(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="254"/>
        <source>Open a saved model file and forecast with it on the data shown or on other data files</source>
        <translation>打开已保存的模型文件，并用它对当前显示的数据或其他数据文件进行预测</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="255"/>
        <source>&amp;Compare configurations…</source>
        <translation>对比配置(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="256"/>
        <source>Train &amp;all variables of the station</source>
        <translation>训练该站点的全部变量(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="257"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="259"/>
        <source>&amp;Language</source>
        <extracomment>Menu title; the entries under it name each language in itself (English, 中文).</extracomment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="260"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="261"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="262"/>
        <source>&amp;About MarineCast</source>
        <translation>关于 MarineCast(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="270"/>
        <source>%1[*] — MarineCast — synthetic sample data</source>
        <translation>%1[*] — MarineCast — 合成示例数据</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="271"/>
        <source>%1[*] — MarineCast</source>
        <translation>%1[*] — MarineCast</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="287"/>
        <source>Training in progress</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="288"/>
        <source>A training run is in progress. Stop it and quit?</source>
        <translation>一次训练运行正在进行中。要停止训练并退出吗？</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="327"/>
        <source>The import settings cannot be read: %1</source>
        <translation>无法读取导入设置：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="343"/>
        <source>%1

The data loaded before stays open.</source>
        <translation>%1

之前加载的数据仍保持打开。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="420"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="420"/>
        <source>Open a data file or the sample data first.</source>
        <translation>请先打开数据文件或示例数据。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="424"/>
        <source>Cannot start training</source>
        <translation>无法开始训练</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="433"/>
        <source>Run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="434"/>
        <source>Run %1: %2 %3</source>
        <translation>运行 %1：%2 %3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="465"/>
        <location filename="../ui/main_window.cpp" line="470"/>
        <source>Cannot re-run</source>
        <translation>无法重新运行</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="466"/>
        <source>The run&apos;s data file “%1” is missing. Open the project again to locate it.</source>
        <translation>该运行的数据文件“%1”不存在。请重新打开项目以指定其位置。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="470"/>
        <source>The run names no data file.</source>
        <translation>该运行没有记录数据文件。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="475"/>
        <source>Re-run of %1</source>
        <extracomment>Name of a new run that repeats run %1 (重新运行).</extracomment>
        <translation>%1 的重新运行</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="530"/>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="543"/>
        <source>Forecasting with %1…</source>
        <translation>正在用 %1 预测…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="551"/>
        <location filename="../ui/main_window.cpp" line="572"/>
        <source>Forecast with saved model</source>
        <translation>用已保存的模型预测</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="552"/>
        <source>MarineCast models (*.mcmodel);;All files (*)</source>
        <translation>MarineCast 模型 (*.mcmodel);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="560"/>
        <source>The saved model “%1” cannot be used.</source>
        <translation>无法使用已保存的模型“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="568"/>
        <source>No data is open.</source>
        <translation>尚未打开任何数据。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="570"/>
        <source>The data shown does not fit the model:</source>
        <translation>当前显示的数据与模型不匹配：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="572"/>
        <source>Choose data files for the forecast?</source>
        <translation>要为预测选择数据文件吗？</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="575"/>
        <source>Data for the forecast</source>
        <translation>用于预测的数据</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="576"/>
        <source>Data files (*.csv *.txt *.tsv *.nc);;All files (*)</source>
        <translation>数据文件 (*.csv *.txt *.tsv *.nc);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="586"/>
        <source>Forecast added to the runs</source>
        <translation>预测已添加到运行列表</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="593"/>
        <source>Forecast failed</source>
        <translation>预测失败</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="595"/>
        <source>Cannot forecast</source>
        <translation>无法预测</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="606"/>
        <source>Start training (F5)</source>
        <translation>开始训练 (F5)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="224"/>
        <location filename="../ui/main_window.cpp" line="228"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="327"/>
        <location filename="../ui/main_window.cpp" line="342"/>
        <location filename="../ui/main_window.cpp" line="409"/>
        <source>Cannot open data</source>
        <translation>无法打开数据</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="378"/>
        <source>Synthetic sample data loaded</source>
        <translation>已载入合成示例数据</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="399"/>
        <source>Open data</source>
        <translation>打开数据</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="400"/>
        <source>Data files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>数据文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="409"/>
        <source>The bundled sample data was not found.</source>
        <translation>未找到随附的示例数据。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="378"/>
        <source>Data loaded</source>
        <translation>已载入数据</translation>
    </message>
</context>
<context>
    <name>mcui::MetricsTable</name>
    <message>
        <location filename="../ui/metrics_table.cpp" line="92"/>
        <source>All steps pooled</source>
        <translation>全部预测步汇总</translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="95"/>
        <source>Model</source>
        <extracomment>Row names: the trained model, then the two baseline forecasts (持续性预报, 气候态).</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="95"/>
        <source>Persistence</source>
        <translation>持续性预报</translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="95"/>
        <source>Climatology</source>
        <translation>气候态预报</translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="139"/>
        <source>Forecast</source>
        <extracomment>Column header over the row names (model, persistence, climatology): which forecast a row scores.</extracomment>
        <translation>预报</translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="139"/>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="139"/>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="139"/>
        <source>MAPE %</source>
        <translation>MAPE %</translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="139"/>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="139"/>
        <source>NSE</source>
        <translation>NSE</translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="141"/>
        <source>Bias</source>
        <extracomment>Column header: the mean error, predicted − observed.</extracomment>
        <translation>偏差</translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="144"/>
        <source>Skill vs persistence</source>
        <extracomment>Column header: skill score 1 − RMSE of the model / RMSE of persistence (技巧评分); above 0 the model beats persistence.</extracomment>
        <translation>相对持续性预报的技巧评分</translation>
    </message>
    <message>
        <location filename="../ui/metrics_table.cpp" line="149"/>
        <source>Bold: the best value of each column. Skill = 1 − RMSE / RMSE of persistence; above 0 beats persistence.</source>
        <translation>粗体：各列中的最优值。技巧评分 = 1 − RMSE / 持续性预报的 RMSE；大于 0 即优于持续性预报。</translation>
    </message>
</context>
<context>
    <name>mcui::ModelPanel</name>
    <message>
        <location filename="../ui/model_panel.cpp" line="114"/>
        <location filename="../ui/model_panel.cpp" line="119"/>
        <source>Save preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="114"/>
        <source>Name of the new preset:</source>
        <translation>新预设的名称：</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="123"/>
        <location filename="../ui/model_panel.cpp" line="128"/>
        <source>Rename preset</source>
        <translation>重命名预设</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="123"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="131"/>
        <location filename="../ui/model_panel.cpp" line="134"/>
        <location filename="../ui/model_panel.cpp" line="225"/>
        <source>Delete preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="131"/>
        <source>Delete the preset “%1”?</source>
        <translation>删除预设“%1”吗？</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="195"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="196"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="202"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="203"/>
        <source>Values set by hand, not from a preset.</source>
        <translation>手动设置的参数值，不来自预设。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="221"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="222"/>
        <source>Save, rename or delete your own presets</source>
        <translation>保存、重命名或删除您自己的预设</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="223"/>
        <source>Save current values as preset…</source>
        <translation>将当前数值保存为预设…</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="224"/>
        <source>Rename preset…</source>
        <translation>重命名预设…</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="226"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="227"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="229"/>
        <source>Target</source>
        <extracomment>The variable to forecast.</extracomment>
        <translation>目标变量</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="230"/>
        <source>Choose in the data tree</source>
        <translation>在数据树中选择</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="231"/>
        <source>Inputs (covariates)</source>
        <translation>输入（协变量）</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="232"/>
        <source>Covariates fed to the model besides the target&apos;s own past. Variables of other stations are joined on time.</source>
        <translation>除目标变量自身的历史值外输入模型的协变量。其他站点的变量按时间对齐合并。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="293"/>
        <source>All grid cells</source>
        <translation>全部网格单元</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="293"/>
        <source>All stations</source>
        <translation>全部站点</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="448"/>
        <location filename="../ui/model_panel.cpp" line="450"/>
        <location filename="../ui/model_panel.cpp" line="465"/>
        <location filename="../ui/model_panel.cpp" line="471"/>
        <source>Cannot save the preset: %1</source>
        <translation>无法保存预设：%1</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="481"/>
        <location filename="../ui/model_panel.cpp" line="483"/>
        <source>Cannot rename the preset: %1</source>
        <translation>无法重命名预设：%1</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="495"/>
        <location filename="../ui/model_panel.cpp" line="497"/>
        <source>Cannot delete the preset: %1</source>
        <translation>无法删除预设：%1</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="551"/>
        <location filename="../ui/model_panel.cpp" line="567"/>
        <source>Choose the variable to forecast: click it in the data tree.</source>
        <translation>请选择要预报的变量：在数据树中单击该变量。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="566"/>
        <source>This model kind is not available in this version.</source>
        <translation>此版本不提供该模型类型。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="568"/>
        <source>%1 does not apply to this model.</source>
        <translation>%1 不适用于此模型。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="569"/>
        <source>%1 is out of its range (%2).</source>
        <translation>%1 超出允许范围（%2）。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="571"/>
        <source>A ReLU output cannot predict the negative changes that “Predict change” needs: set the output activation to none.</source>
        <translation>ReLU 输出无法给出“预测变化量”所需的负变化：请将输出激活函数设为 none。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="573"/>
        <source>A ReLU output cannot produce the negative values of z-score scaling: set the output activation to none.</source>
        <translation>ReLU 输出无法产生 z-score 归一化中的负值：请将输出激活函数设为 none。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="574"/>
        <source>Stateful training needs a recurrent model (LSTM).</source>
        <translation>有状态训练需要循环模型（LSTM）。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="575"/>
        <source>%1 must be below 1: it is the decay of a running average.</source>
        <translation>%1 必须小于 1：它是滑动平均的衰减率。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="576"/>
        <source>Momentum must be below 1, or the steps never settle.</source>
        <translation>动量必须小于 1，否则更新步长永远无法稳定。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="578"/>
        <source>Dropout acts between stacked layers: set layers to 2 or more, or dropout to 0.</source>
        <translation>随机失活作用于堆叠层之间：请将层数设为 2 或以上，或将随机失活设为 0。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="580"/>
        <source>The number of heads must divide the embedding dimension: each head takes an equal share of the channels.</source>
        <translation>头数必须整除嵌入维度：每个头分得相同数量的通道。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="581"/>
        <source>Choose the device Auto, CPU or a CUDA device.</source>
        <translation>请选择设备：自动、CPU 或某个 CUDA 设备。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="582"/>
        <source>The validation fraction must be at least 0 and below 1.</source>
        <translation>验证集比例必须不小于 0 且小于 1。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="583"/>
        <source>The training period must end before the test period starts.</source>
        <translation>训练时段必须在测试时段开始之前结束。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="584"/>
        <source>The validation period must lie inside the training period.</source>
        <translation>验证时段必须位于训练时段之内。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="587"/>
        <source>%1 does not fit the ConvLSTM layers (%2).</source>
        <extracomment>%1: an option such as &quot;Hidden channels&quot;; %2: the English reason, e.g. &quot;2 values for 3 layers&quot;.</extracomment>
        <translation>%1 与 ConvLSTM 层数不符（%2）。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="609"/>
        <source>Station %1 is not in the loaded data.</source>
        <translation>已载入的数据中没有站点 %1。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="612"/>
        <source>Station %1 has no variable %2.</source>
        <translation>站点 %1 没有变量 %2。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="616"/>
        <source>Input %1 is not in the loaded data.</source>
        <translation>已载入的数据中没有输入变量 %1。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="625"/>
        <source>%1 at %2 has no values in the training range.</source>
        <translation>%2 站点的 %1 在训练期内没有数据。</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="627"/>
        <source>%1 at %2 has no values in the test range.</source>
        <translation>%2 站点的 %1 在测试期内没有数据。</translation>
    </message>
</context>
<context>
    <name>mcui::NodeMetricsTable</name>
    <message>
        <location filename="../ui/node_metrics_table.cpp" line="102"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../ui/node_metrics_table.cpp" line="104"/>
        <source>RMSE model</source>
        <extracomment>Column: root-mean-square error of the model, over all forecast steps.</extracomment>
        <translation>模型 RMSE</translation>
    </message>
    <message>
        <location filename="../ui/node_metrics_table.cpp" line="106"/>
        <source>RMSE persistence</source>
        <extracomment>Column: RMSE of the persistence baseline (持续性预报).</extracomment>
        <translation>持续性预报 RMSE</translation>
    </message>
    <message>
        <location filename="../ui/node_metrics_table.cpp" line="108"/>
        <source>RMSE climatology</source>
        <extracomment>Column: RMSE of the climatology baseline (气候态).</extracomment>
        <translation>气候态预报 RMSE</translation>
    </message>
    <message>
        <location filename="../ui/node_metrics_table.cpp" line="110"/>
        <source>Skill</source>
        <extracomment>Column: skill score vs persistence, 1 − RMSE_model / RMSE_persistence (技巧评分).</extracomment>
        <translation>技巧评分</translation>
    </message>
</context>
<context>
    <name>mcui::NodeSelector</name>
    <message>
        <location filename="../ui/node_selector.cpp" line="61"/>
        <source>%1:</source>
        <extracomment>Label of the node selector: %1 is &quot;Station&quot; or &quot;Grid cell&quot;.</extracomment>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>mcui::OptionForm</name>
    <message>
        <location filename="../ui/option_form.cpp" line="351"/>
        <location filename="../ui/option_form.cpp" line="386"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="352"/>
        <source>The first CUDA device.</source>
        <translation>第一个 CUDA 设备。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="352"/>
        <source>CPU: this build sees no CUDA device.</source>
        <translation>CPU：此版本未检测到 CUDA 设备。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="354"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="356"/>
        <source>CUDA %1</source>
        <translation>CUDA %1</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="358"/>
        <source>Not available: this build of MarineCast sees no CUDA device (no NVIDIA GPU, driver or CUDA-enabled LibTorch).</source>
        <translation>不可用：此版本的 MarineCast 未检测到 CUDA 设备（缺少 NVIDIA GPU、驱动程序或支持 CUDA 的 LibTorch）。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="373"/>
        <source>%1 model</source>
        <translation>%1 模型</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="373"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="375"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="377"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="388"/>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="494"/>
        <source>%1: enter a number from %2 to %3, for example 0.001 or 1e-3.</source>
        <translation>%1：请输入 %2 到 %3 之间的数值，例如 0.001 或 1e-3。</translation>
    </message>
    <message>
        <location filename="../ui/option_form.cpp" line="503"/>
        <source>%1: %2 is not available on this machine; choose Auto or CPU.</source>
        <translation>%1：%2 在本机上不可用；请选择“自动”或 CPU。</translation>
    </message>
</context>
<context>
    <name>mcui::OverlayView</name>
    <message>
        <location filename="../ui/overlay_view.cpp" line="104"/>
        <source>Observed: %1</source>
        <translation>观测值：%1</translation>
    </message>
</context>
<context>
    <name>mcui::PeriodForm</name>
    <message>
        <location filename="../ui/period_form.cpp" line="113"/>
        <source>Periods</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="114"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="115"/>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="117"/>
        <source>Test</source>
        <extracomment>The test period: data held out from training, on which the forecasts are scored.</extracomment>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="118"/>
        <source>End of training</source>
        <translation>训练期末段</translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="119"/>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="120"/>
        <source>Validation windows choose the kept epoch and drive early stopping.</source>
        <translation>验证窗口用于选出保留的轮次，并作为早停的依据。</translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="121"/>
        <source> % of training</source>
        <translation> %（占训练期）</translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="122"/>
        <source>Forecasts on this range are scored against persistence and climatology.</source>
        <translation>此时段内的预报将与持续性预报和气候态预报对比评分。</translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="183"/>
        <source>The training range ends before it starts.</source>
        <translation>训练期的结束时间早于开始时间。</translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="185"/>
        <source>The test range ends before it starts.</source>
        <translation>测试期的结束时间早于开始时间。</translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="187"/>
        <source>The training range must end before the test range starts.</source>
        <translation>训练期必须在测试期开始之前结束。</translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="190"/>
        <source>The validation range ends before it starts.</source>
        <translation>验证期的结束时间早于开始时间。</translation>
    </message>
    <message>
        <location filename="../ui/period_form.cpp" line="192"/>
        <source>The validation range must lie inside the training range.</source>
        <translation>验证期必须位于训练期之内。</translation>
    </message>
</context>
<context>
    <name>mcui::ProjectController</name>
    <message>
        <location filename="../ui/project_controller.cpp" line="41"/>
        <source>Cannot read “%1”.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="43"/>
        <source>“%1” is damaged: it is not valid JSON (line %2, column %3).</source>
        <translation>“%1”已损坏：不是有效的 JSON（第 %2 行，第 %3 列）。</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="44"/>
        <source>“%1” is not a MarineCast project.</source>
        <translation>“%1”不是 MarineCast 项目。</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="46"/>
        <source>“%1” was saved by a newer version of MarineCast (project format %2; this version reads up to %3). Update MarineCast to open it.</source>
        <translation>“%1”由更新版本的 MarineCast 保存（项目格式 %2；本版本最高只能读取 %3）。请更新 MarineCast 后再打开。</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="53"/>
        <source>“%1” cannot be opened: %2</source>
        <extracomment>%2 is a technical detail in English.</extracomment>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="54"/>
        <source>Cannot save the project: %1</source>
        <translation>无法保存项目：%1</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="87"/>
        <source>Untitled</source>
        <extracomment>Window title of a project never saved (未命名).</extracomment>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="129"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="129"/>
        <location filename="../ui/project_controller.cpp" line="169"/>
        <source>MarineCast projects (*.mcproj)</source>
        <translation>MarineCast 项目 (*.mcproj)</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="140"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="157"/>
        <source>Data file not found: %1. The runs stay viewable; open the data to train again.</source>
        <translation>找不到数据文件：%1。运行结果仍可查看；如需再次训练，请打开数据。</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="169"/>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="181"/>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="189"/>
        <source>Project saved</source>
        <translation>项目已保存</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="202"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="203"/>
        <source>The project “%1” has unsaved changes. Save them?</source>
        <translation>项目“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="219"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="246"/>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="247"/>
        <source>MarineCast did not save the last project before it closed. Restore the work autosaved at %1?</source>
        <translation>MarineCast 上次关闭前未保存项目。是否恢复 %1 自动保存的工作？</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="387"/>
        <source>Some runs cannot be shown</source>
        <translation>部分运行无法显示</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="388"/>
        <source>The results of these runs are damaged and were left out: %1</source>
        <translation>以下运行的结果已损坏，已略去：%1</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="400"/>
        <source>Where is the data file “%1” now?</source>
        <translation>数据文件“%1”现在在哪里？</translation>
    </message>
    <message>
        <location filename="../ui/project_controller.cpp" line="402"/>
        <source>%1;;Data files (*.csv *.txt *.tsv *.nc);;All files (*)</source>
        <translation>%1;;数据文件 (*.csv *.txt *.tsv *.nc);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>mcui::ResultsPanel</name>
    <message>
        <location filename="../ui/results_panel_export.cpp" line="26"/>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location filename="../ui/results_panel_export.cpp" line="27"/>
        <source>Export forecasts as CSV…</source>
        <translation>将预报导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/results_panel_export.cpp" line="28"/>
        <source>Export metrics as CSV…</source>
        <translation>将指标导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/results_panel_export.cpp" line="30"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../ui/results_panel_export.cpp" line="44"/>
        <location filename="../ui/results_panel_export.cpp" line="76"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/results_panel_export.cpp" line="55"/>
        <source>Export forecasts</source>
        <translation>导出预报</translation>
    </message>
    <message>
        <location filename="../ui/results_panel_export.cpp" line="60"/>
        <source>Export metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <location filename="../ui/results_panel_export.cpp" line="71"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="258"/>
        <source>No run selected.
Train a model, or pick a run in the run list, to see its forecasts here.</source>
        <translation>未选择运行。
训练一个模型，或在运行列表中选择一次运行，即可在此查看其预报。</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="263"/>
        <source>no test windows</source>
        <translation>没有测试窗口</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="264"/>
        <source>The run “%1” has no forecast to show: %2</source>
        <translation>运行“%1”没有可显示的预报：%2</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="267"/>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results_panel.cpp" line="272"/>
        <source>Extend the chart past the last observation with the model&apos;s forecast of the next %n step(s)</source>
        <translation>
            <numerusform>在最后一个观测之后延伸图表，显示模型对接下来 %n 步的预测</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="275"/>
        <source>No forecast ahead for this node</source>
        <translation>此节点没有未来预测</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="277"/>
        <source>No forecast ahead: %1</source>
        <translation>没有未来预测：%1</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="301"/>
        <source>Forecast &amp;step:</source>
        <extracomment>Which lead time the chart shows: step k is the forecast made k time steps ahead (预测步).</extracomment>
        <translation>预测步(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="302"/>
        <source>Which step ahead the chart and the first metrics section show</source>
        <translation>图表和指标表第一部分所显示的预测步</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="304"/>
        <source>&amp;Persistence</source>
        <extracomment>Baseline forecast that repeats the last observed value (持续性预报).</extracomment>
        <translation>持续性预报(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="305"/>
        <source>Show the persistence baseline: the last observed value, carried forward</source>
        <translation>显示持续性预报基准：将最后一个观测值向后延续</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="307"/>
        <source>&amp;Climatology</source>
        <extracomment>Baseline forecast: the training years&apos; mean for that day of the year (气候态).</extracomment>
        <translation>气候态预报(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="308"/>
        <source>Show the climatology baseline: the training years&apos; mean for that day of year</source>
        <translation>显示气候态预报基准：训练期各年份在该年积日的平均值</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="310"/>
        <source>Show forecast &amp;ahead</source>
        <extracomment>Check box: extend the chart with the forecast for the days after the last observation (未来预测).</extracomment>
        <translation>显示未来预测(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="312"/>
        <source>A&amp;ttention…</source>
        <extracomment>Opens the attention weights of one prediction of an attention model (注意力).</extracomment>
        <translation>注意力(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="313"/>
        <source>Show which past days the attention model looked at for one prediction</source>
        <translation>显示注意力模型在某一次预测中关注了哪些过去的日期</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="314"/>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="315"/>
        <source>Show the whole test range (or double-click a chart). Wheel zooms, dragging pans.</source>
        <translation>显示整个测试期（或双击图表）。滚轮缩放，拖动平移。</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="316"/>
        <source>&amp;Export chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="325"/>
        <source>Chart</source>
        <extracomment>Results page: the true-vs-predicted chart and the metrics.</extracomment>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="328"/>
        <source>Frames</source>
        <extracomment>Results page: observed and predicted fields side by side (帧视图) / stations on a map (站点地图).</extracomment>
        <translation>帧视图</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.cpp" line="328"/>
        <source>Station map</source>
        <translation>站点地图</translation>
    </message>
</context>
<context>
    <name>mcui::RunListModel</name>
    <message>
        <location filename="../ui/run_list_model.cpp" line="32"/>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="89"/>
        <location filename="../ui/run_list_model.cpp" line="94"/>
        <location filename="../ui/run_list_model.cpp" line="96"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="91"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="92"/>
        <source>early-stopped</source>
        <translation>已早停</translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="93"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run_list_model.cpp" line="146"/>
        <source>%1, %2 at %3
finished %4, %n epoch(s)</source>
        <extracomment>Tooltip: run name, variable, station; when it finished and how many training epochs (passes over the data, 轮) it ran.</extracomment>
        <translation>
            <numerusform>%1，%3 站点的 %2
完成于 %4，共 %n 轮</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="158"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="159"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="160"/>
        <source>Key settings</source>
        <translation>主要设置</translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="161"/>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="163"/>
        <source>Skill vs persistence</source>
        <extracomment>Column header: skill score 1 − RMSE of the model / RMSE of persistence (技巧评分); above 0 the model beats persistence.</extracomment>
        <translation>相对持续性预报的技巧评分</translation>
    </message>
    <message>
        <location filename="../ui/run_list_model.cpp" line="164"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>mcui::RunListPanel</name>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="141"/>
        <source>Delete the run “%1”? Its results are lost unless you exported them.</source>
        <translation>删除运行“%1”吗？除非已导出，否则其结果将丢失。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run_list_panel.cpp" line="142"/>
        <source>Delete %n runs? Their results are lost unless you exported them.</source>
        <translation>
            <numerusform>删除 %n 次运行吗？除非已导出，否则其结果将丢失。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="143"/>
        <source>Delete runs</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="205"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="206"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="207"/>
        <source>&amp;Export charts…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="208"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="209"/>
        <source>Rename the run (F2)</source>
        <translation>重命名运行 (F2)</translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="210"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="211"/>
        <source>Delete the selected runs (Del)</source>
        <translation>删除所选运行 (Del)</translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="212"/>
        <source>Export charts…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="213"/>
        <source>Export one forecast chart per selected run into a folder</source>
        <translation>将每个所选运行的预报图表分别导出到一个文件夹</translation>
    </message>
    <message>
        <location filename="../ui/run_list_panel.cpp" line="214"/>
        <source>No runs yet. Finished trainings appear here; select several to export their charts at once.</source>
        <translation>暂无运行。完成的训练会显示在这里；选中多个运行可一次性导出它们的图表。</translation>
    </message>
</context>
<context>
    <name>mcui::StationMapView</name>
    <message>
        <location filename="../ui/station_map_view.cpp" line="206"/>
        <source>Stations by skill vs persistence</source>
        <translation>各站点相对持续性预报的技巧评分</translation>
    </message>
    <message>
        <location filename="../ui/station_map_view.cpp" line="207"/>
        <source>Longitude (° E)</source>
        <translation>经度（° E）</translation>
    </message>
    <message>
        <location filename="../ui/station_map_view.cpp" line="208"/>
        <source>Latitude (° N)</source>
        <translation>纬度（° N）</translation>
    </message>
    <message>
        <location filename="../ui/station_map_view.cpp" line="210"/>
        <source>Skill vs persistence</source>
        <extracomment>Colour bar: skill score vs persistence, 1 − RMSE_model / RMSE_persistence (技巧评分).</extracomment>
        <translation>相对持续性预报的技巧评分</translation>
    </message>
    <message>
        <location filename="../ui/station_map_view.cpp" line="214"/>
        <source>Lines: the GNN&apos;s station graph, %1 edges. Click a station to chart it.</source>
        <extracomment>Station map caption; %1 is the number of edges of the GNN&apos;s station graph (边).</extracomment>
        <translation>连线：GNN 的站点图，共 %1 条边。点击站点可查看其曲线。</translation>
    </message>
    <message>
        <location filename="../ui/station_map_view.cpp" line="216"/>
        <source>Click a station to chart it.</source>
        <translation>点击站点可查看其曲线。</translation>
    </message>
</context>
<context>
    <name>mcui::TrainingJob</name>
    <message>
        <location filename="../ui/training_job.cpp" line="76"/>
        <location filename="../ui/training_job.cpp" line="149"/>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="148"/>
        <source>The run stopped on an unexpected error. Please report it with the log.</source>
        <translation>运行因意外错误而停止。请连同日志一起报告此问题。</translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="161"/>
        <location filename="../ui/training_job.cpp" line="218"/>
        <source>The run settings are not valid.</source>
        <translation>运行设置无效。</translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="167"/>
        <source>No station has the variable “%1”.</source>
        <translation>没有站点包含变量“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="172"/>
        <source>Several stations have “%1”: choose one of %2.</source>
        <translation>多个站点包含“%1”：请从 %2 中选择一个。</translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="175"/>
        <source>The station “%1” is not in the data.</source>
        <translation>数据中没有站点“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="177"/>
        <source>The station “%1” lacks the target or an input variable.</source>
        <translation>站点“%1”缺少目标变量或某个输入变量。</translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="180"/>
        <source>The training or test range holds no complete window. Widen the range or shorten the lookback.</source>
        <translation>训练期或测试期内没有完整的窗口。请扩大时段范围或减少回看步数。</translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="183"/>
        <source>The model cannot forecast this data as it is laid out (one station, several stations or a grid).</source>
        <translation>该模型无法按当前数据的排布（单站点、多站点或网格）进行预测。</translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="190"/>
        <source>The model links stations by distance, but these stations have no latitude and longitude: %1. Choose a station table with their coordinates in the import settings.</source>
        <extracomment>%1: station ids. The graph model links stations by distance; the station table is set in the import settings.</extracomment>
        <translation>该模型按距离连接站点，但以下站点没有经纬度：%1。请在导入设置中选择含有其坐标的站点表。</translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="195"/>
        <source>The data could not be prepared for training.</source>
        <translation>无法为训练准备数据。</translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="205"/>
        <source>Training diverged: the loss became NaN in epoch %1. Try a lower learning rate.</source>
        <translation>训练发散：第 %1 轮的损失变为 NaN。请尝试降低学习率。</translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="206"/>
        <source>Training diverged: the loss became infinite in epoch %1. Try a lower learning rate.</source>
        <translation>训练发散：第 %1 轮的损失变为无穷大。请尝试降低学习率。</translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="209"/>
        <source>Training diverged: the loss is no longer a finite number. Try a lower learning rate.</source>
        <translation>训练发散：损失不再是有限数值。请尝试降低学习率。</translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="213"/>
        <source>The requested GPU is not available. Choose the device Auto or CPU.</source>
        <translation>所请求的 GPU 不可用。请选择设备“自动”或“CPU”。</translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="216"/>
        <source>Training ran out of memory. Try a smaller batch size or model.</source>
        <translation>训练时内存不足。请尝试减小批大小或模型规模。</translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="223"/>
        <source>Training failed inside LibTorch.</source>
        <translation>训练在 LibTorch 内部出错。</translation>
    </message>
    <message>
        <location filename="../ui/training_job.cpp" line="225"/>
        <source>The run failed.</source>
        <translation>运行失败。</translation>
    </message>
</context>
<context>
    <name>mcui::TrainingPanel</name>
    <message>
        <location filename="../ui/training_panel.cpp" line="127"/>
        <source>Run “%1” started, epochs planned: %2.</source>
        <translation>运行“%1”已开始，计划训练 %2 轮。</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="146"/>
        <source>(only station with the target)</source>
        <translation>（唯一包含目标变量的站点）</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="147"/>
        <source>Model %1, station %2, target %3</source>
        <translation>模型 %1，站点 %2，目标变量 %3</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="149"/>
        <source>preset %1</source>
        <translation>预设 %1</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="182"/>
        <source>Stopped early after epoch %1: the validation loss stopped improving. Best epoch %2 kept (%3 on %4).</source>
        <translation>第 %1 轮后早停：验证损失不再改善。已保留最佳轮次第 %2 轮（在 %4 上用时 %3）。</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="188"/>
        <source>Stopped after epoch %1 on request. The best epoch so far, %2, is kept (%3 on %4).</source>
        <translation>按请求在第 %1 轮后停止。已保留目前为止的最佳轮次第 %2 轮（在 %4 上用时 %3）。</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="194"/>
        <source>Finished after epoch %1 in %2 on %3, threads: %4; best epoch %5.</source>
        <translation>第 %1 轮后完成，在 %3 上用时 %2，线程数：%4；最佳轮次：第 %5 轮。</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="202"/>
        <source>the model beats persistence</source>
        <translation>模型优于持续性预报</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="203"/>
        <source>the model does not beat persistence</source>
        <translation>模型未能优于持续性预报</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="204"/>
        <source>Test RMSE %1 %2 (persistence %3, climatology %4); skill vs persistence %5: %6.</source>
        <translation>测试 RMSE %1 %2（持续性预报 %3，气候态预报 %4）；相对持续性预报的技巧评分 %5：%6。</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="211"/>
        <source>Warning: a forecast step never changes, probably a dead output. Try output activation “none” or predicting the change (%1).</source>
        <translation>警告：某个预测步的输出始终不变，可能是输出失活。请尝试将输出激活函数设为“none”，或改为预测变化量（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="215"/>
        <source>Warning: the model is less accurate than assuming tomorrow equals today (%1).</source>
        <translation>警告：模型的精度不如“明天等于今天”的简单假设（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="217"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="227"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="293"/>
        <source>Loss per epoch</source>
        <extracomment>Chart title. Loss: the training loss being minimised, not a financial loss; epoch: one full pass of training over the training windows (轮), not a point in time.</extracomment>
        <translation>每轮损失</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="295"/>
        <source>Loss per epoch: %1</source>
        <extracomment>The same chart title followed by the run&apos;s name (%1).</extracomment>
        <translation>每轮损失：%1</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="296"/>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="297"/>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="299"/>
        <source>Best epoch (kept)</source>
        <extracomment>Legend entry: the training epoch (pass over the training data) with the lowest validation loss, whose model is kept.</extracomment>
        <translation>最佳轮次（已保留）</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="301"/>
        <source>Epoch</source>
        <extracomment>Axis title: training epoch, one full pass over the training windows (轮), not a date or an era.</extracomment>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="302"/>
        <source>Loss (log scale)</source>
        <translation>损失（对数刻度）</translation>
    </message>
    <message>
        <location filename="../ui/training_panel.cpp" line="303"/>
        <source>Messages and warnings of the training runs appear here.</source>
        <translation>训练运行的消息和警告将显示在此处。</translation>
    </message>
</context>
<context>
    <name>mcui::TrainingStatusWidget</name>
    <message>
        <location filename="../ui/training_status_widget.cpp" line="142"/>
        <source>No training running</source>
        <translation>没有正在进行的训练</translation>
    </message>
    <message>
        <location filename="../ui/training_status_widget.cpp" line="145"/>
        <source>preparing data · %1 elapsed</source>
        <translation>正在准备数据 · 已用时 %1</translation>
    </message>
    <message>
        <location filename="../ui/training_status_widget.cpp" line="149"/>
        <location filename="../ui/training_status_widget.cpp" line="174"/>
        <source>epoch %1/%2 · %3 elapsed, ~%4 left</source>
        <extracomment>Status bar while training. epoch: one pass over the training data (轮); %1 current epoch, %2 planned epochs, %3 elapsed and %4 remaining time (mm:ss).</extracomment>
        <translation>第 %1/%2 轮 · 已用时 %3，剩余约 %4</translation>
    </message>
    <message>
        <location filename="../ui/training_status_widget.cpp" line="155"/>
        <source>finished: epoch %1/%2 in %3</source>
        <translation>已完成：第 %1/%2 轮，用时 %3</translation>
    </message>
    <message>
        <location filename="../ui/training_status_widget.cpp" line="158"/>
        <source>stopped early after epoch %1/%2 in %3, best epoch %4</source>
        <translation>第 %1/%2 轮后早停，用时 %3，最佳轮次 %4</translation>
    </message>
    <message>
        <location filename="../ui/training_status_widget.cpp" line="161"/>
        <source>stopped after epoch %1/%2 in %3, best epoch %4 kept</source>
        <translation>第 %1/%2 轮后停止，用时 %3，已保留最佳轮次 %4</translation>
    </message>
    <message>
        <location filename="../ui/training_status_widget.cpp" line="164"/>
        <source>failed after %1</source>
        <translation>运行 %1 后失败</translation>
    </message>
</context>
<context>
    <name>mcui::UserGuideDialog</name>
    <message>
        <location filename="../ui/user_guide_dialog.cpp" line="41"/>
        <source>MarineCast user guide</source>
        <translation>MarineCast 用户指南</translation>
    </message>
</context>
<context>
    <name>mcui::VariableSummaryTable</name>
    <message>
        <location filename="../ui/variable_summary_table.cpp" line="73"/>
        <source>Stopped on request; the scores are those of the best model up to then.</source>
        <translation>已按要求停止；评分来自截至停止时的最佳模型。</translation>
    </message>
    <message>
        <location filename="../ui/variable_summary_table.cpp" line="75"/>
        <source>Not trained: the run was stopped before this variable.</source>
        <translation>未训练：运行在该变量之前已停止。</translation>
    </message>
    <message>
        <location filename="../ui/variable_summary_table.cpp" line="80"/>
        <source>The comparison failed.</source>
        <translation>对比失败。</translation>
    </message>
    <message>
        <location filename="../ui/variable_summary_table.cpp" line="84"/>
        <location filename="../ui/variable_summary_table.cpp" line="225"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/variable_summary_table.cpp" line="150"/>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../ui/variable_summary_table.cpp" line="154"/>
        <source>RMSE of %1</source>
        <translation>%1 的 RMSE</translation>
    </message>
    <message>
        <location filename="../ui/variable_summary_table.cpp" line="154"/>
        <source>Skill of %1</source>
        <translation>%1 的技巧评分</translation>
    </message>
    <message>
        <location filename="../ui/variable_summary_table.cpp" line="155"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/variable_summary_table.cpp" line="155"/>
        <source>Reason and what to try</source>
        <translation>原因及建议</translation>
    </message>
    <message>
        <location filename="../ui/variable_summary_table.cpp" line="189"/>
        <source>compared</source>
        <translation>已对比</translation>
    </message>
    <message>
        <location filename="../ui/variable_summary_table.cpp" line="190"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../ui/variable_summary_table.cpp" line="191"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/variable_summary_table.cpp" line="192"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../ui/variable_summary_table.cpp" line="193"/>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
</context>
<context>
    <name>mcui::VariableSweep</name>
    <message>
        <location filename="../ui/variable_sweep.cpp" line="25"/>
        <source>A comparison is in progress.</source>
        <translation>正在进行对比。</translation>
    </message>
    <message>
        <location filename="../ui/variable_sweep.cpp" line="28"/>
        <source>Choose a station first: click one of its variables in the data tree.</source>
        <translation>请先选择站点：在数据树中单击该站点的某个变量。</translation>
    </message>
    <message>
        <location filename="../ui/variable_sweep.cpp" line="41"/>
        <source>The station %1 has no values to forecast.</source>
        <translation>站点 %1 没有可预报的数值。</translation>
    </message>
</context>
</TS>
