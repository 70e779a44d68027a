/** Thai messages of the custom functions (see errors-en.ts); argument and model column names stay as Sheets shows them. */
import type { ErrorMessages } from './errors-en';

export const errorsTh: ErrorMessages = {
  cellText: '"{text}"',
  cellDate: 'วันที่ {date}',
  cellBadDate: 'วันที่ที่ไม่ถูกต้อง',
  place: '{name} แถว {row} คอลัมน์ {column}',
  listJoin: ', ',
  nothing: 'ไม่มีเลย',
  modelRow: 'Health Model แถว {row} ("{metric}")',
  modelField: '{row}: {column}',
  driverLoss: '{metric} {points}',
  driversMissing: 'ไม่มีข้อมูล: {metrics}',
  driversJoin: '; ',
  notCell: '{name} ต้องเป็นเซลล์เดียว ไม่ใช่ช่วงขนาด {rows}×{columns}',
  notRow: '{name} ต้องเป็นแถวเดียว แต่มี {rows} แถว',
  notList: '{name} ต้องเป็นคอลัมน์เดียวหรือแถวเดียว ไม่ใช่ช่วงขนาด {rows}×{columns}',
  asOf: 'as_of {cell} ไม่ใช่วันที่ ให้ใส่เซลล์ที่มีวันที่ (การตั้งค่าใช้เซลล์ชื่อ AsOf) หรือ DATE(2024, 5, 1)',
  top: 'top {cell} ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป',
  minCoverage: 'min_coverage {cell} ต้องอยู่ระหว่าง 0 ถึง 1 (หรือ 0% ถึง 100%)',
  noModel: 'ไม่ได้ใส่ model ให้ใส่ช่วงของ Health Model เช่น HealthModel',
  modelCell: "model ต้องเป็นช่วงของ Health Model (เช่น HealthModel หรือ 'Health Model'!A1:H10) ไม่ใช่เซลล์เดียว",
  width: 'values กว้าง {width} คอลัมน์ แต่ {name} กว้าง {other} คอลัมน์ ต้องกว้างเท่ากัน',
  headerTwice: 'headers: "{header}" อยู่ทั้งคอลัมน์ {first} และ {second} โปรดเปลี่ยนชื่อคอลัมน์หนึ่ง',
  metricFound: '"{metric}"',
  metricClose: '"{metric}" (หัวคอลัมน์ที่ใกล้เคียงที่สุด: "{header}")',
  noColumn:
    'ตัวชี้วัด {metric} ใน Health Model ไม่ตรงกับหัวคอลัมน์ใดเลย โปรดเปลี่ยนชื่อคอลัมน์กลับเป็นเหมือนเดิม หรือแก้ตัวชี้วัดใน Health Model',
  noColumns:
    'ตัวชี้วัด {metrics} ใน Health Model ไม่ตรงกับหัวคอลัมน์ใดเลย โปรดเปลี่ยนชื่อคอลัมน์กลับเป็นเหมือนเดิม หรือแก้ตัวชี้วัดใน Health Model',
  inlineWeight: 'weights คอลัมน์ {column} มีค่า {weight} น้ำหนักต้องตั้งแต่ 0 ขึ้นไป',
  inlineZero: 'น้ำหนักใน weights เป็น 0 ทั้งหมด โปรดให้น้ำหนักมากกว่า 0 อย่างน้อยหนึ่งคอลัมน์',
  inlineScore: '{place} มีค่า {cell} ในรูปแบบใส่น้ำหนักโดยตรง คะแนนย่อยต้องอยู่ระหว่าง 0 ถึง 100',
  modelEmpty: 'Health Model: ไม่มีตัวชี้วัดใต้แถวหัวคอลัมน์',
  modelProblem: 'Health Model: {problem}',
  modelRowProblem: '{row}: {problem}',
  headerDouble: 'หัวคอลัมน์ของ Health Model: "{name}" ซ้ำกันสองครั้ง (คอลัมน์ {first} และ {second})',
  headerMissing: 'Health Model: แถวหัวคอลัมน์ไม่มีคอลัมน์ "{name}" (ที่พบ: {found}) แถวแรกของช่วงโมเดลต้องเป็นหัวคอลัมน์',
  metricTwice: 'ตัวชี้วัด "{metric}" ซ้ำกันสองแถว โปรดเก็บไว้แถวเดียว',
  redGreenPair: 'ใส่ทั้ง Red และ Green หรือเว้นว่างทั้งคู่ (P0 และ P100)',
  redGreenEqual: 'Red และ Green เป็น {value} ทั้งคู่ ต้องไม่เท่ากัน',
  weightsZero: 'ตัวชี้วัดทุกตัวมีน้ำหนัก 0 โปรดให้น้ำหนักมากกว่า 0 อย่างน้อยหนึ่งตัว',
  weightBlank: '{row}: Weight ว่างอยู่ ใส่ตัวเลขตั้งแต่ 0 ขึ้นไป (0 คือปิดตัวชี้วัดนี้)',
  weightNaN: '{row}: Weight {cell} ไม่ใช่ตัวเลข',
  weightNegative: '{row}: Weight {weight} ติดลบ น้ำหนักต้องตั้งแต่ 0 ขึ้นไป',
  missingCell: '{row}: Missing {cell} ต้องว่าง เป็น "skip" หรือเป็นคะแนนย่อยตั้งแต่ 0 ถึง 100',
  thresholdLarge: '{what} {cell} ใหญ่เกินไป เกณฑ์ต้องอยู่ระหว่าง -1e15 ถึง 1e15',
  percentile: '{what} {cell}: เปอร์เซ็นไทล์ต้องอยู่ระหว่าง P0 ถึง P100',
  threshold: '{what} {cell} ไม่ใช่ทั้งตัวเลขและเปอร์เซ็นไทล์อย่าง P10',
  thresholdDate: '{what} {cell} ไม่ใช่ทั้งตัวเลขและเปอร์เซ็นไทล์อย่าง P10 (เซลล์จัดรูปแบบเป็นวันที่ โปรดเปลี่ยนเป็นรูปแบบตัวเลข)',
  valuesEntry: '{what}: "{entry}" ควรอยู่ในรูป ป้ายกำกับ=คะแนน เช่น กำลังจะเลิกใช้=0; คงที่=60; กำลังขยาย=100',
  valuesScore: '{what}: คะแนนของ "{label}" คือ {score} คะแนนต้องอยู่ระหว่าง 0 ถึง 100',
  valuesTwice: '{what}: ป้ายกำกับ "{label}" ซ้ำกันสองครั้ง',
  noGroups:
    'Health Model: ไม่มีตัวชี้วัดใดมี Group โปรดกรอกคอลัมน์ Group (เช่น ความรู้สึกลูกค้า การใช้งาน) เพื่อใช้ HEALTHGROUPS',
  labelsCount: 'labels มี {count} เซลล์ ให้ใส่สามชื่อ (สุขภาพดี มีความเสี่ยง วิกฤต) และจะใส่ชื่อที่สี่สำหรับ "ไม่มีคะแนน" ก็ได้',
  labelsTwice: 'ชื่อที่ {first} และ {second} ใน labels เป็น "{label}" ทั้งคู่ แต่ละระดับต้องมีชื่อของตัวเอง',
  bandOrder: 'healthy_at ({healthy}) ต้องสูงกว่า unhealthy_below ({unhealthy})',
  healthyNaN: 'healthy_at {cell} ต้องเป็นตัวเลขหรือคำว่า "quartiles"',
  unhealthyNaN: 'unhealthy_below {cell} ต้องเป็นตัวเลข',
  scoreRange:
    'scores มีค่า {score} แต่คะแนนสุขภาพลูกค้าอยู่ระหว่าง 0 ถึง 100 โปรดให้ HEALTHBAND อ้างถึงคอลัมน์ของ HEALTHSCORE',
  scoreRangeAt:
    'scores (แถว {row} คอลัมน์ {column}) มีค่า {score} แต่คะแนนสุขภาพลูกค้าอยู่ระหว่าง 0 ถึง 100 โปรดให้ HEALTHBAND อ้างถึงคอลัมน์ของ HEALTHSCORE',
  answer: '{where} คือ {cell} คำตอบ {kind} ต้องเป็นจำนวนเต็มตั้งแต่ {min} ถึง {max}',
  scale: 'scale {cell} ต้องเป็นจำนวนเต็มตั้งแต่ 2 ขึ้นไป',
  kind: 'kind {cell} ต้องเป็นหนึ่งใน {kinds}',
  days: '{name} {cell} ต้องเป็นจำนวนวันตั้งแต่ 0 ขึ้นไป',
  needsDates: '{need} ต้องมี response_dates จึงจะรู้ว่า{why}',
  needsLast: 'SURVEYSCORE แบบ kind LAST',
  whyLast: 'คำตอบใดล่าสุด',
  whyWithin: 'คำตอบแต่ละข้อเก่าแค่ไหน',
  responseRows:
    'คอลัมน์คำตอบต้องมีจำนวนแถวเท่ากัน: response_accounts มี {accounts} แถว response_values มี {values} แถว',
  responseRowsDates:
    'คอลัมน์คำตอบต้องมีจำนวนแถวเท่ากัน: response_accounts มี {accounts} แถว response_values มี {values} แถว response_dates มี {dates} แถว',
  responseNaN: 'response_values แถว {row} คือ {cell} ซึ่งไม่ใช่ตัวเลข',
  historyRows:
    'คอลัมน์ประวัติต้องมีจำนวนแถวเท่ากัน: history_accounts มี {accounts} แถว history_dates มี {dates} แถว history_scores มี {scores} แถว',
  argRow: '{name} แถว {row}',
  lengths: 'คอลัมน์ต้องยาวเท่ากัน (หรือเป็นค่าเดียว) จำนวนแถว: {sizes}',
  nameCount: '{name} {count}',
  argBlank: '{arg} ว่างอยู่',
  argNaN: '{arg} คือ {cell} ซึ่งไม่ใช่ตัวเลข',
  positive: '{arg} คือ {value} ต้องมากกว่า 0',
  nonNegative: '{arg} คือ {value} ต้องไม่ติดลบ',
  fraction: '{arg} คือ {value} ต้องเป็นสัดส่วนตั้งแต่ 0 ถึง 1 (เช่น 0.75 หรือ 75%)',
  rowNote: ' (แถว {row})',
  lossesOver:
    'contraction + churned ({lost}) มากกว่า start_mrr {start}{where} เสียได้เฉพาะ MRR ที่มีตอนต้นงวดเท่านั้น (MRR ใหม่ที่เสียไปในงวดเดียวกันให้หักออกจาก expansion)',
  lostOver:
    'customers_lost {lost} มากกว่า customers_at_start {start}{where} ในหนึ่งงวดจะเสียลูกค้ามากกว่าที่มีตอนต้นงวดไม่ได้',
  neverPaid: '{arg} เป็น 0 จึงไม่มีวันคืนทุนค่าหาลูกค้าใหม่',
  segmentCell:
    'Segment {cell} ควรอยู่ในรูป คอลัมน์ = ค่า เช่น Tier = Enterprise (หลายค่า: Tier = Enterprise, Strategic)',
  segmentColumns:
    'Segment ใช้คอลัมน์ "{column}" แต่แถวก่อนหน้าใช้ "{first}" ทุกกลุ่มลูกค้าในโมเดลเดียวกันต้องใช้คอลัมน์เดียวกันจากชีตบัญชีลูกค้า',
  segmentValueTwice: 'ค่า "{value}" อยู่ในกลุ่มลูกค้า {first} แล้ว ให้แต่ละค่าอยู่ในกลุ่มลูกค้าเดียว',
  segmentWeightsZero: 'ตัวชี้วัดทุกตัวของกลุ่มลูกค้า {segment} มีน้ำหนัก 0 โปรดให้น้ำหนักมากกว่า 0 อย่างน้อยหนึ่งตัว',
  segmentHeader:
    'กลุ่มลูกค้าใน Health Model ใช้คอลัมน์ "{column}" ซึ่งไม่ตรงกับหัวคอลัมน์ใดเลย{closest} โปรดเปลี่ยนชื่อคอลัมน์กลับเป็นเหมือนเดิม หรือแก้เซลล์ Segment ใน Health Model',
  closestHeader: ' (หัวคอลัมน์ที่ใกล้เคียงที่สุด: "{header}")',
  driversNoSegment: 'ไม่มีโมเดลสำหรับ {column} = {value}',
  driversOverride: 'กำหนดเองโดย {by}: {reason} มีผลถึง {until}',
  driversOverrideAnonymous: 'กำหนดเอง: {reason} มีผลถึง {until}',
  overridesRange: 'overrides ต้องเป็นช่วง Overrides (เช่น Overrides) ที่มีแถวหัวคอลัมน์เป็นแถวแรก ไม่ใช่เซลล์เดียว',
  overridesKeyHeader: 'Overrides: หัวคอลัมน์แรก (A1) ต้องเป็นชื่อคอลัมน์บัญชีตามที่ตั้งไว้ในชีตบัญชีลูกค้า เช่น บัญชี',
  overridesHeader: 'Overrides: แถวหัวคอลัมน์ไม่มีคอลัมน์ "{name}" (ที่พบ: {found})',
  overridesKey: 'Overrides: คอลัมน์แรกชื่อ "{header}" ซึ่งไม่ตรงกับหัวคอลัมน์ใดเลย{closest} โปรดตั้งชื่อให้ตรงกับคอลัมน์บัญชี',
  overrideEmpty: 'Overrides แถว {row} ({account}): ใส่ Score หรือ Band',
  overrideScore: 'Overrides แถว {row} ({account}): Score {cell} ต้องเป็นตัวเลขตั้งแต่ 0 ถึง 100',
  overrideReason: 'Overrides แถว {row} ({account}): Reason ว่างอยู่ โปรดระบุเหตุผลที่กำหนดคะแนนเอง',
  overrideUntil:
    'Overrides แถว {row} ({account}): Until {cell} ต้องเป็นวันที่ คือวันสุดท้ายที่ค่าที่กำหนดเองมีผล (แผงควบคุมตั้งให้เป็น 30 วันข้างหน้า)',
  overrideTwice:
    'Overrides แถว {first} และ {second} ต่างกำหนดค่าให้ {account} สำหรับวันนี้ โปรดสิ้นสุดแถวใดแถวหนึ่ง (เปลี่ยนวันที่ใน Until)',
  overrideBand: 'Overrides แถว {row} ({account}): Band {cell} ไม่ใช่ระดับใดใน {labels}',
  overrideAccounts: 'accounts มี {accounts} แถว แต่ scores มี {scores} แถว ต้องมีจำนวนแถวเท่ากัน',
  outcomeRows: '{name} มี {rows} แถว แต่ outcomes มี {outcomes} แถว ต้องมีจำนวนแถวเท่ากัน',
  outcomeWord:
    '{where} คือ {cell} ให้ใส่ TRUE/1/yes/churned/lost/cancelled สำหรับบัญชีที่เลิกใช้บริการ หรือ FALSE/0/no/retained/renewed/active สำหรับบัญชีที่ยังอยู่',
  weightsFew:
    'HEALTHWEIGHTS ต้องมีบัญชีอย่างน้อย {min} บัญชีในแต่ละผลลัพธ์จึงจะเรียนรู้ได้ (พบที่เลิกใช้บริการ {churned} บัญชี ที่ยังอยู่ {retained} บัญชี) ถ้าน้อยกว่านี้ น้ำหนักจะเป็นไปตามความบังเอิญ (บัญชี 2 บัญชี "แยกกันได้" สมบูรณ์เสมอ)',
  aucFew:
    'HEALTHAUC ต้องมีบัญชีที่เลิกใช้บริการและบัญชีที่ยังอยู่ซึ่งมีคะแนนอย่างน้อยอย่างละหนึ่งบัญชี (พบที่เลิกใช้บริการ {churned} บัญชี ที่ยังอยู่ {retained} บัญชี)',
  backtestRows: 'ตารางบัญชีมี {rows} แถว แต่ {name} มี {outcomes} แถว ต้องมีจำนวนแถวเท่ากัน',
  backtestBlank:
    '{name} ว่างทุกแถว หากจะทดสอบย้อนหลังโมเดล โปรดระบุบัญชีที่เลิกใช้บริการ (TRUE, yes, churned…) และบัญชีที่ยังอยู่ (FALSE, no, retained…)',
  backtestFew:
    'การทดสอบย้อนหลังต้องมีบัญชีที่เลิกใช้บริการอย่างน้อย {min} บัญชีและที่ยังอยู่อย่างน้อย {min} บัญชีใน {name} (พบที่เลิกใช้บริการ {churned} บัญชี ที่ยังอยู่ {retained} บัญชี) ถ้าน้อยกว่านี้ โมเดลใดก็แยกได้โดยบังเอิญ',
  backtestNoSignal:
    'HEALTHWEIGHTS ไม่พบตัวชี้วัดใดที่แยกบัญชีที่เลิกใช้บริการออกจากบัญชีที่ยังอยู่ได้ (น้ำหนักที่เรียนรู้เป็น 0 ทั้งหมด) จึงไม่มีโมเดลที่เรียนรู้ให้เปรียบเทียบ',
};
