/** Thai strings of the server: menu, alerts and toasts (see server-en.ts). */
import { commonTh } from './common';
import type { ServerMessages } from './server';
import type { SurveyWords } from './survey-words-en';

export const serverTh: ServerMessages & SurveyWords = {
  ...commonTh,
  addonName: 'Customer Health Score',
  menuOpenPanel: 'เปิดแผงคะแนนสุขภาพลูกค้า',
  menuSetUp: 'ตั้งค่าคะแนนสุขภาพลูกค้า',
  menuTrafficLights: 'ใส่ไฟสถานะเขียว เหลือง แดง',
  menuSnapshot: 'บันทึกสแนปช็อตสุขภาพตอนนี้',
  menuImportSurveys: 'นำเข้าคำตอบแบบสำรวจ',
  menuExportCrm: 'ส่งออกสำหรับ CRM',
  menuHelp: 'ความช่วยเหลือ',
  // What the sidebar sends, checked at the server (src/server/requests.ts)
  errorBadRequest: 'แผงควบคุมส่งข้อมูลที่ส่วนเสริมใช้ไม่ได้ ({field}) ปิดแผงควบคุม เปิดใหม่ แล้วลองอีกครั้ง',
  errorBandOutOfRange: 'เกณฑ์ของกลุ่มเป็นคะแนนตั้งแต่ 0 ถึง 100: {value} อยู่นอกช่วงนี้',
  errorBandsOrder: 'เกณฑ์สุขภาพดี ({healthy}) ต้องสูงกว่าเกณฑ์วิกฤต ({unhealthy})',
  alertErrorTitle: 'Customer Health Score: เกิดข้อผิดพลาด',
  // Surveys: the menu's import before any survey was imported
  alertNoSurveyYet:
    'ยังไม่เคยนำเข้าแบบสำรวจใดเลย เปิด {panel} ไปที่แท็บ {tab} เลือก Google Form ของคุณหรือชีตที่มีไฟล์ส่งออกจากเครื่องมือแบบสำรวจ แล้วนำเข้าหนึ่งครั้ง หลังจากนั้นเมนูนี้จะนำเข้าแบบสำรวจเดิมให้อีกครั้ง',
  surveysTabName: 'แบบสำรวจ',
  alertNoAccountSheet: 'เปิดชีตที่มีรายชื่อบัญชีลูกค้าของคุณ (หนึ่งแถวต่อหนึ่งบัญชี ส่วนหัวอยู่ในแถวที่ 1) แล้วลองอีกครั้ง',
  alertAddonSheet:
    '"{sheet}" เป็นชีตที่ส่วนเสริมใช้เก็บข้อมูลของตัวเอง ไม่ใช่รายชื่อบัญชี เปิดชีตที่มีรายชื่อบัญชีลูกค้าของคุณ (หนึ่งแถวต่อหนึ่งบัญชี ส่วนหัวอยู่ในแถวที่ 1) แล้วเรียกใช้ "{menu}" ในชีตนั้น',
  toastMetricRenamed: 'อัปเดต Health Model แล้ว: ตัวชี้วัด "{from}" เปลี่ยนชื่อเป็น "{to}" ตามชื่อคอลัมน์',
  toastSetUpDone: 'ตั้งค่าคะแนนสุขภาพลูกค้าใน "{sheet}" แล้ว ใช้ตัวชี้วัด {metrics} รายการ',
  toastSetUpUnchanged: 'คะแนนสุขภาพลูกค้าใน "{sheet}" ตั้งค่าไว้แล้ว ไม่มีอะไรเปลี่ยนแปลง',
  toastSetUpOutcome: '“{column}” บอกว่าบัญชีใดเลิกใช้บริการ เปิดแท็บ Backtest ในแผงเพื่อดูว่าคะแนนคาดการณ์ได้ดีเพียงใด',
  toastTrafficLightsDone: 'ใส่ไฟสถานะใน "{sheet}" แล้ว ({rules} กฎ)',
  toastSnapshotDone: 'บันทึกสแนปช็อตแล้ว: {accounts} บัญชี แย่ลง {alerts} บัญชี',
  toastSurveysImported: 'นำเข้าคำตอบแบบสำรวจแล้ว: เพิ่ม {added} อัปเดต {updated} ไม่ตรงกับบัญชี {unmatched}',
  toastModelSaved: 'บันทึกโมเดลในชีต Health Model แล้ว',
  toastCrmExported: 'ส่งออก {accounts} บัญชีไปยังชีต "{sheet}" แล้ว พร้อมนำเข้า CRM',
  modelBandThresholds: 'เกณฑ์ระดับสุขภาพ',
  modelHealthyAt: 'สุขภาพดีตั้งแต่',
  modelUnhealthyBelow: 'วิกฤตเมื่อต่ำกว่า',
  modelAsOf: 'คะแนน ณ วันที่',
  modelBandLabels: 'ชื่อระดับสุขภาพ',
  bandLabelNoScore: 'ไม่มีคะแนน',
  digestSubject: '{count, plural, =0 {ไม่มีบัญชีที่แย่ลงใน {sheet}} other {# บัญชีแย่ลงใน {sheet}}}',
  digestIntro:
    '{count, plural, =0 {ไม่มีบัญชีที่แย่ลงใน "{sheet}" ในสแนปช็อตวันที่ {date}} other {# บัญชีแย่ลงใน "{sheet}" ในสแนปช็อตวันที่ {date}}}',
  digestMore: '…และอีก {more} บัญชี',
  digestOpen: 'เปิดสเปรดชีต: {url}',
  digestOpenLink: 'เปิด {sheet}',
  digestUnnamed: 'สเปรดชีตของคุณ',
  digestBandChange: '{from} → {to} {scores}',
  digestScores: 'คะแนน {from} → {to} (−{drop})',
  digestStill: '{scores} ยังอยู่ในระดับ {band}',
  digestNow: '{scores} ตอนนี้อยู่ในระดับ {band}',
  helpTitle: 'Customer Health Score: ความช่วยเหลือ',
  helpText:
    'คะแนนตั้งแต่ 0 ถึง 100 สำหรับแต่ละบัญชี คำนวณจากตัวชี้วัดและน้ำหนักในชีต Health Model ' +
    'ตั้งแต่เกณฑ์ "สุขภาพดี" ขึ้นไปเป็นสีเขียว ต่ำกว่าเกณฑ์ "วิกฤต" เป็นสีแดง ระหว่างนั้นเป็นสีเหลือง ' +
    'ใช้ =HEALTHSCORE(values, headers, HealthModel) ในชีต หรือเปิดแผงคะแนนสุขภาพลูกค้าเพื่อปรับโมเดล',
  // Survey import and preview (src/server/surveys): errors, report lines and notes
  surveyFieldAccount: 'บัญชี',
  surveyFieldComment: 'ความคิดเห็น',
  surveyChooseSource: 'เลือกแบบสำรวจที่จะนำเข้า: Google Form (URL หรือ ID ของฟอร์ม) หรือชีตที่มีคำตอบ',
  surveyNoSuchSheet: 'ไม่มีชีตชื่อ "{sheet}" ในสเปรดชีตนี้',
  surveyAddonSheetChosen:
    '"{sheet}" เป็นชีตหนึ่งที่ส่วนเสริมใช้เอง ไม่ใช่คำตอบแบบสำรวจ เลือกชีตที่มีไฟล์ส่งออกจากเครื่องมือแบบสำรวจหรือคำตอบของฟอร์มของคุณ',
  surveyAccountSheetChosen:
    '"{sheet}" เป็นชีตบัญชีลูกค้าของคุณ ไม่ใช่คำตอบแบบสำรวจ เลือกชีตที่มีไฟล์ส่งออกจากเครื่องมือแบบสำรวจหรือคำตอบของฟอร์มของคุณ',
  surveyNoForm: 'ไม่พบฟอร์มที่ "{form}" ที่คุณเปิดได้ ({message}) วาง URL (หรือ ID) ของฟอร์มที่คุณมีสิทธิ์แก้ไข',
  surveySheetEmpty: 'ชีต "{sheet}" ว่างอยู่ วางหรือนำเข้าคำตอบแบบสำรวจลงในชีตนั้น โดยให้ส่วนหัวอยู่ในแถวแรก',
  // What an action refuses, named for the user (set-up, export, alerts, learned weights, snapshots)
  setUpNeedsRows: '"{sheet}" ต้องมีแถวส่วนหัว และมีแถวบัญชีอย่างน้อยหนึ่งแถวอยู่ด้านล่าง',
  chooseAccountSheet: 'เลือกชีตที่มีรายชื่อบัญชีลูกค้าของคุณ',
  noSuchSheet: 'ไม่มีชีตชื่อ "{sheet}" ในสเปรดชีตนี้',
  sheetGone: 'ไม่มีชีตชื่อ "{sheet}" อีกแล้ว',
  crmExportIsExport: '"{sheet}" เป็นชีตผลการส่งออกเอง เลือกชีตที่มีรายชื่อบัญชีลูกค้าของคุณ',
  alertNotAnEmail: '"{address}" ไม่ใช่อีเมลที่ถูกต้อง',
  alertNoRecipients: 'เพิ่มที่อยู่อีเมลอย่างน้อยหนึ่งรายการเพื่อส่งอีเมลแจ้งเตือน',
  alertTooManyRecipients:
    'อีเมลสรุปส่งได้ไม่เกิน {limit} ที่อยู่ (ขีดจำกัดของ Google ต่ออีเมลหนึ่งฉบับ) แต่ระบุไว้ {count} ที่อยู่ ใช้ที่อยู่อีเมลกลุ่มสำหรับทีมที่ใหญ่กว่านี้',
  alertNotShared:
    '{count, plural, other {สเปรดชีตนี้ยังไม่ได้แชร์กับ {addresses}}}: อีเมลสรุปจะส่งถึงเฉพาะคนในทีม เจ้าของสเปรดชีตแชร์สเปรดชีตกับที่อยู่นั้นได้ (สิทธิ์ดูอย่างเดียวก็เพียงพอ) เพื่ออนุญาตให้รับอีเมล',
  alertNotSharedOrDomain:
    '{count, plural, other {สเปรดชีตนี้ยังไม่ได้แชร์กับ {addresses} และที่อยู่ดังกล่าวไม่ได้อยู่ใน {domain}}}: อีเมลสรุปจะส่งถึงเฉพาะคนในทีม เจ้าของสเปรดชีตแชร์สเปรดชีตกับที่อยู่นั้นได้ (สิทธิ์ดูอย่างเดียวก็เพียงพอ) เพื่ออนุญาตให้รับอีเมล',
  learnedRunBacktestFirst: 'เริ่มทดสอบย้อนหลังก่อน ยังไม่มีโมเดลที่เรียนรู้ให้นำไปใช้',
  learnedCannotApply: 'ใช้โมเดลที่เรียนรู้ไม่ได้: {message}',
  learnedNoModelSheet: 'ไม่มีชีต "{sheet}" ให้เก็บไว้',
  learnedNothingToRestore: 'ไม่มีชีต "{sheet}" ให้คืนค่า เนื่องจากยังไม่เคยใช้น้ำหนักที่เรียนรู้',
  learnedCannotRestore: 'คืนค่า "{sheet}" ไม่ได้: {message}',
  snapshotSetUpFirst: 'ตั้งค่าคะแนนสุขภาพลูกค้าบนชีตบัญชีของคุณก่อน (เมนู: "{menu}")',
  snapshotHistoryGone: 'ชีต "{sheet}" ไม่มีอยู่แล้ว',
  historyFullColumn:
    'ชีต {sheet} ต้องมีคอลัมน์ Computed score แต่สเปรดชีตใช้เซลล์ไปแล้ว {used} จาก {limit} เซลล์ที่ Google อนุญาต ไม่ได้เขียนข้อมูลใด ๆ ลบแถวประวัติเก่า หรือชีตและคอลัมน์ที่ไม่ได้ใช้ บันทึกสแนปช็อตให้น้อยครั้งลง หรือเก็บประวัติไว้ใน BigQuery',
  historyFullRows:
    'สแนปช็อตวันนี้ต้องใช้แถวเพิ่มอีก {rows} แถวใน {sheet} แต่สเปรดชีตใช้เซลล์ไปแล้ว {used} จาก {limit} เซลล์ที่ Google อนุญาต ไม่ได้เขียนข้อมูลใด ๆ ลบแถวประวัติเก่า หรือชีตและคอลัมน์ที่ไม่ได้ใช้ บันทึกสแนปช็อตให้น้อยครั้งลง หรือเก็บประวัติไว้ใน BigQuery',
  modelSheetNotOurs:
    'สเปรดชีตนี้มีชีตชื่อ "{sheet}" อยู่แล้ว แต่ชีตนั้นไม่ใช่ตาราง Health Model (ส่วนหัว Metric และ Weight ใน A1:B1) โปรดเปลี่ยนชื่อชีตนั้น แล้วเรียกใช้ "{menu}" อีกครั้ง',
  someManagedColumns:
    '"{sheet}" มีคอลัมน์ {columns} อยู่บางคอลัมน์แต่ไม่ครบ โปรดเปลี่ยนชื่อหรือลบคอลัมน์เหล่านั้น แล้วเรียกใช้ "{menu}" อีกครั้ง',
  noScoreColumns: '"{sheet}" ยังไม่มีคอลัมน์ "{score}" และ "{band}" โปรดเรียกใช้ "{menu}" ก่อน',
  exportMissingColumns: '{count, plural, other {"{sheet}" ไม่มีคอลัมน์ {columns}}} โปรดเรียกใช้ "{menu}" ในชีตนั้นก่อน',
  exportSheetNotOurs:
    'สเปรดชีตนี้มีชีตชื่อ "{sheet}" อยู่แล้ว และแถวแรกของชีตนั้นคือ "{found}" ไม่ใช่ "{columns}" ชีตนี้ไม่ได้มาจากการส่งออกของส่วนเสริมนี้ จึงไม่ได้เขียนข้อมูลใด ๆ โปรดเปลี่ยนชื่อหรือลบชีตนั้น แล้วส่งออกอีกครั้ง',
  exportBlankHeader: '(ว่าง)',
  namedRangeTaken:
    'สเปรดชีตนี้มีช่วงที่ตั้งชื่อ "{name}" อยู่แล้ว (ในชีต "{at}") ซึ่งเป็นชื่อที่ส่วนเสริมใช้กับชีต {sheet} ของตัวเอง โปรดเปลี่ยนชื่อช่วงของคุณ (ข้อมูล ▸ ช่วงที่ตั้งชื่อแล้ว) แล้วเรียกใช้ "{menu}" อีกครั้ง',
  modelExtrasTaken:
    'ชีต {sheet} มีข้อมูลอยู่แล้วใน {cells} ซึ่งเป็นตำแหน่งที่การตั้งค่าจะใส่วันที่ "{asOf}" และชื่อระดับสุขภาพ โปรดย้ายข้อมูลนั้นไปที่อื่น แล้วเรียกใช้ "{menu}" อีกครั้ง',
  modelMissing: 'ยังไม่มีช่วงที่ตั้งชื่อ {table} โปรดเรียกใช้ "{menu}"',
  modelTableMissing:
    'สเปรดชีตนี้มีชีต "{sheet}" แต่ไม่มีตาราง {table} ในชีตนั้น โปรดเรียกใช้ "{menu}" ก่อน (การตั้งค่าจะนำตาราง Health Model ที่มีอยู่มาใช้ หรือแจ้งว่ามีอะไรขวางอยู่)',
  segmentColumnTaken:
    'การแบ่งกลุ่มต้องใช้คอลัมน์ I ของชีต {sheet} (คอลัมน์ Segment ถัดจากตาราง) แต่ {cell} มีข้อมูลอยู่ โปรดย้ายข้อมูลนั้นไปที่อื่น แล้วบันทึกอีกครั้ง',
  historySheetNotOurs:
    'สเปรดชีตนี้มีชีตชื่อ "{sheet}" อยู่แล้ว และแถวแรกของชีตนั้นไม่ใช่ {columns} สแนปช็อตจะเขียนข้อมูลลงในชีตนั้น โปรดเปลี่ยนชื่อชีต แล้วเรียกใช้ "{menu}" อีกครั้ง',
  snapshotAfterToday: 'สแนปช็อตล่าสุดลงวันที่ {day} ซึ่งอยู่หลังวันนี้ ({today}) โปรดตรวจสอบเขตเวลาของสเปรดชีต',
  spreadsheetFull:
    'สเปรดชีตเต็มแล้ว Google อนุญาตให้มีได้ {limit} เซลล์ต่อสเปรดชีต โดยนับทุกเซลล์ในตารางของทุกชีต รวมถึงเซลล์ว่าง และการทำงานนี้ต้องใช้มากกว่านั้น เซลล์ของคุณไม่มีการเปลี่ยนแปลงใด ๆ ลบชีตที่ไม่ใช้แล้ว หรือแถวและคอลัมน์ว่างท้ายชีตขนาดใหญ่ แล้วลองอีกครั้ง',
  scheduleTooManyTriggers:
    'ยังไม่ได้กำหนดเวลาใด ๆ Google อนุญาตให้แต่ละคนกำหนดเวลาให้ส่วนเสริมนี้ทำงานได้ในสเปรดชีตไม่เกิน {limit} ไฟล์ และคุณใช้ครบ {limit} ไฟล์แล้ว ปิดกำหนดเวลาในไฟล์ใดไฟล์หนึ่ง (แผงคะแนนสุขภาพลูกค้า แท็บประวัติหรือแบบสำรวจ) แล้วลองอีกครั้งที่นี่',
  surveyBusy:
    'มีการนำเข้าแบบสำรวจอื่น (หรือการกำหนดบัญชี) กำลังเขียนชีต Survey Responses อยู่ในขณะนี้ ยังไม่มีสิ่งใดเปลี่ยนแปลง ลองอีกครั้งในอีกหนึ่งนาที',
  surveyNothingImportedYet:
    'ยังไม่เคยนำเข้าแบบสำรวจใดเลย เปิดแผงคะแนนสุขภาพลูกค้า เลือกฟอร์มหรือชีตคำตอบในแท็บแบบสำรวจ แล้วนำเข้าหนึ่งครั้ง หลังจากนั้นตรงนี้จะนำเข้าแบบสำรวจเดิมให้อีกครั้ง',
  surveyNoFormsPermission:
    'การนำเข้าตามกำหนดเวลาต้องอ่าน Google Form แต่บัญชีนี้ยังไม่อนุญาตให้ส่วนเสริมอ่านฟอร์ม เปิดแท็บแบบสำรวจแล้วเปิดกำหนดเวลาอีกครั้ง (หรือนำเข้าด้วยตนเองหนึ่งครั้ง) เพื่ออนุญาต',
  surveyScheduleWouldOverwrite:
    'ยังไม่ได้นำเข้าสิ่งใด การนำเข้าครั้งนี้จะล้างค่า {blanked} ค่าและเปลี่ยนค่า {changed} ค่าที่มีอยู่แล้วในชีต Survey Responses เปิดแท็บแบบสำรวจ ตรวจสอบว่าแต่ละฟิลด์มาจากคำถามใด แล้วนำเข้าจากที่นั่น',
  surveySetUpOnAddonSheet:
    'คะแนนสุขภาพลูกค้าถูกตั้งค่าไว้บน "{sheet}" ซึ่งเป็นชีตที่ส่วนเสริมใช้เอง เปิดชีตที่มีรายชื่อบัญชีของคุณ เรียกใช้ {menu} ในชีตนั้น แล้วนำเข้าอีกครั้ง',
  surveySetUpFirst: 'ตั้งค่าคะแนนสุขภาพลูกค้าบนชีตบัญชีของคุณก่อน ({menu}) คำตอบแบบสำรวจจะถูกจับคู่กับบัญชีในชีตนั้น',
  surveyChooseResponse: 'เลือกคำตอบที่จะกำหนดบัญชี',
  surveyChooseAccount: 'เลือกบัญชีที่จะกำหนดให้คำตอบนี้',
  surveyNoSuchAccount: 'ไม่มีบัญชี "{account}" ใน "{sheet}"',
  surveyNoSuchResponse: 'ไม่มีคำตอบ "{response}" ในชีต Survey Responses',
  surveyAlreadyMatched: 'คำตอบ "{response}" ถูกจับคู่กับ "{account}" แล้ว',
  surveyNothingToAssignBy: 'คำตอบ "{response}" ไม่มีทั้งคำตอบและอีเมลที่จะใช้กำหนดบัญชีได้',
  surveySheetNotOurs: 'ชีต "{sheet}" ไม่ได้เริ่มต้นด้วยคอลัมน์ {columns} เปลี่ยนชื่อชีตนั้น แล้วนำเข้าอีกครั้ง',
  surveySheetNoHeader: 'ชีต "{sheet}" มีข้อมูลแต่ไม่มีแถวส่วนหัว กู้คืนส่วนหัวหรือเปลี่ยนชื่อชีต',
  surveyMappingMissing: 'ยังไม่ได้ระบุว่าคำถามใดใช้กับฟิลด์ใด',
  surveyNotAQuestion: '{field}: "{question}" ไม่ใช่คำถามของ "{form}"',
  surveyScaleTop: 'ค่าสูงสุดของสเกล {field} ต้องเป็นจำนวนเต็มตั้งแต่ 2 ถึง {max} (ได้รับ {value})',
  surveyQuestionTwice:
    '"{question}" ถูกเลือกให้ทั้ง {first} และ {second} คำถามหนึ่งใช้ได้กับฟิลด์เดียวเท่านั้น เลือกคำถามอื่นให้ฟิลด์ใดฟิลด์หนึ่ง',
  surveyQuestionGone: '{field}: คำถาม "{question}" ไม่อยู่ใน "{form}" แล้ว จึงใช้ {now} แทน',
  surveyQuestionGoneReason: '"{question}" ไม่อยู่ในฟอร์มแล้ว: {now}',
  surveyQuoted: '"{text}"',
  surveyListSeparator: ', ',
  surveyNoQuestion: 'ไม่มีคำถาม',
  surveyReplacement: '"{question}" ({reason})',
  surveyOptionsInvalid: 'ตัวเลือกการนำเข้าไม่ถูกต้อง',
  surveyWindowInvalid: 'จำนวนวันของคำตอบที่คะแนนนับต้องมากกว่า 0 (ได้รับ {value})',
  surveyAddColumnsInvalid: 'การเพิ่มคอลัมน์คะแนนต้องเป็นใช่หรือไม่ (ได้รับ {value})',
  surveyTimeRanOut:
    'หมดเวลาหลังจากอ่านคำตอบไป {read} จาก {total} รายการ (เริ่มจากเก่าที่สุด) การนำเข้าครั้งถัดไปจะอ่านต่อจากตรงนั้น นำเข้าอีกครั้ง หรือปล่อยให้การนำเข้าตามกำหนดเวลาทำให้',
  surveyOldResponses:
    'คำตอบ {old} จาก {total} รายการเก่ากว่า {days} วันที่คะแนนนับ คำตอบเหล่านี้อยู่ในชีต Survey Responses แต่ไม่ได้นับในคอลัมน์ NPS และ CSAT',
  surveyNotImported: 'ไม่ได้นำเข้า (ไม่ใช่ฟิลด์ของคะแนนสุขภาพลูกค้า): {questions}',
  surveyNotImportedMore: 'ไม่ได้นำเข้า (ไม่ใช่ฟิลด์ของคะแนนสุขภาพลูกค้า): {questions} และอีก {more} คำถาม',
  surveyAnswerLeftBlank: '{problem} จึงเว้นช่องนี้ว่างไว้',
  surveyMoreLeftBlank: '…และอีก {more} คำตอบที่เว้นว่างไว้ด้วยเหตุผลเดียวกัน',
  surveyColumnsNotAdded:
    'นำเข้าคำตอบแล้ว แต่เพิ่มคอลัมน์ {columns} ลงใน "{sheet}" ไม่ได้ ({message}) นำเข้าอีกครั้งเพื่อเพิ่มคอลัมน์เหล่านั้น',
  surveyModelNotUpdated: 'อัปเดต Health Model ไม่ได้ ({message}) การนำเข้าครั้งถัดไปจะลองอีกครั้ง',
  surveyCsatScale:
    'คำตอบ CSAT อยู่บนสเกล 1–{scale} แต่คอลัมน์ CSAT นับเฉพาะคำตอบ 1–5 จึงไม่ได้เพิ่มคอลัมน์ CSAT (คำตอบอยู่ในชีต Survey Responses)',
  surveyAddMetricsYourself: '{why} เพิ่ม {metrics} ลงใน Health Model ด้วยตนเองเพื่อให้คะแนนนับรวมด้วย',
  surveyNoModelRange: 'ไม่มีช่วงที่มีชื่อ {range}',
  surveyModelUnreadable: 'อ่าน Health Model ไม่ได้ ({message})',
  surveyModelFull: 'ช่วง {range} ไม่มีแถวว่างเหลือแล้ว',
  surveyMetricNote: 'เพิ่มโดยการนำเข้าแบบสำรวจ (ชีต Survey Responses)',
  // Why the detector chose each question (core/survey-import/detect.ts)
  surveyWhyMentions: 'ชื่อคำถามมีคำว่า "{keyword}"',
  surveyWhyFitMentions: '{fit} และชื่อคำถามมีคำว่า "{keyword}"',
  surveyWhyByDomain: '{reason} จับคู่ตามโดเมนของอีเมล',
  surveyWhyAnswers: 'คำตอบ {lower}–{upper}',
  surveyWhyScale: 'สเกล {lower}–{upper}',
  surveyWhyRating: 'การให้คะแนน {lower}–{upper}',
  surveyWhyZeroToTen: '{answers} จึงเป็นสเกล 0–10',
  surveyWhyChoice: 'คำถามแบบมีตัวเลือก',
  surveyWhyParagraph: 'คำถามแบบย่อหน้า',
  surveyWhyLongAnswers: 'คำตอบเป็นข้อความยาว',
  surveyWhyFreeText: 'คำถามแบบตอบอิสระ',
  surveyWhyNoNps: 'ไม่มีสเกล 0–10 หรือคำถามที่มีคำว่า "แนะนำ"',
  surveyWhyNoCsat: 'ไม่มีสเกล 1–5 หรือ 1–7 หรือคำถามที่มีคำว่า "พึงพอใจ"',
  surveyWhyNoCes: 'ไม่มีคำถามที่มีคำว่า "ความพยายาม" หรือ "ง่าย"',
  surveyWhyNoAccount: 'ไม่มีคำถามเรื่องบริษัทหรือบัญชี จึงจับคู่ด้วยอีเมลผู้ตอบ',
  surveyWhyAccountUntil: '{reason} ระหว่างนี้จะจับคู่ด้วยอีเมลผู้ตอบ',
  surveyWhyNoComment: 'ไม่มีคำถามแบบย่อหน้าหรือคำถามที่ขอความคิดเห็น',
  surveyWhyHalfFits:
    '"{question}" มีคำว่า "{keyword}" แต่คำตอบเป็น{seen} จึงยังไม่ได้จับคู่ หากมีคำถามสำหรับ {field} โปรดเลือกเอง',
  surveyWhyFieldAccount: 'บัญชี',
  surveyWhyFieldComment: 'ความคิดเห็น',
  surveySeenCheckboxes: 'รายการตัวเลือกที่ติ๊กไว้',
  surveySeenLinks: 'ลิงก์ไปยังไฟล์',
  surveySeenNumbers: 'ตัวเลข',
  surveySeenFigures: 'ตัวเลขเป็นส่วนใหญ่',
  surveySeenOptions: '{count, plural, other {ตัวเลือก # แบบที่ถูกเลือกซ้ำไปมา}}',
  surveySeenRange: 'ตัวเลข {lower}–{upper}',
  surveySeenLongText: 'ข้อความอิสระยาวๆ',
  surveySeenShortText: 'ข้อความสั้นๆ',
  // Google ฟอร์ม's names of its question types
  surveyTypeScale: 'สเกล',
  surveyTypeRating: 'การให้คะแนน',
  surveyTypeText: 'คำตอบสั้นๆ',
  surveyTypeParagraph: 'ย่อหน้า',
  surveyTypeChoice: 'หลายตัวเลือก',
  surveyTypeList: 'เลื่อนลง',
  surveyTypeCheckboxes: 'ช่องทำเครื่องหมาย',
  surveyTypeDate: 'วันที่',
  surveyTypeOther: 'อื่นๆ',
  surveyTypeColumn: 'คอลัมน์ในชีต',
  surveyTypeScaled: '{type} {lower}–{upper}',
  surveyTypeAnswers: '{type} คำตอบ {lower}–{upper}',
  // The starter model's Notes column (core/starter.ts returns a key, set-up writes it in the spreadsheet's language)
  starterNoteRamp: 'Red/Green จากเปอร์เซ็นไทล์ P10/P90 ของข้อมูล',
  starterNoteLowerIsBetter: 'ยิ่งต่ำยิ่งดี Red/Green จากเปอร์เซ็นไทล์ P90/P10 ของข้อมูล',
  starterNoteBuiltInWords: 'คำที่ส่วนเสริมรู้จักและให้คะแนนได้อยู่แล้ว',
  starterNoteCheckValues: 'ตรวจสอบ Values: คะแนนที่แนะนำมาจากความหมายของป้ายกำกับ',
  starterNoteScoreLabels: 'ให้คะแนนป้ายกำกับเหล่านี้ใน Values แล้วกำหนดน้ำหนักให้ตัวชี้วัด: {labels}',
  starterNoteOff: 'ปิดไว้: ยอดเงินในใบแจ้งหนี้เพียงอย่างเดียวไม่ได้บอกสุขภาพของลูกค้า {note}',
  starterNoteNoColumn: 'ไม่พบคอลัมน์สำหรับองค์ประกอบนี้ของคะแนนสุขภาพ เพิ่มคอลัมน์ชื่อนี้ แล้วกำหนดน้ำหนักให้',
  // การแทนค่าด้วยตนเอง (src/server/overrides-api.ts)
  overridesMissing: 'ยังไม่มีตาราง Overrides: เรียกใช้ {setUp} หนึ่งครั้งเพื่อสร้างตาราง',
  overrideUnknownAccount: 'ไม่มีบัญชี "{account}" ในคอลัมน์ {column} ของชีตบัญชี',
  overrideAlreadyActive: '"{account}" มีการแทนค่าอยู่แล้วจนถึง {until}: สิ้นสุดรายการนั้นก่อน',
  overrideRowChanged:
    'แถว {row} ของชีต Overrides ไม่ได้เป็นการแทนค่าที่ยังมีผลของ "{account}" แล้ว: ชีตมีการเปลี่ยนแปลง ไม่ได้เขียนข้อมูลใด ๆ',
  overrideUntilPast: 'วันสิ้นสุด ({until}) อยู่ก่อนวันนี้ ({today})',
  overridesBusy: 'มีผู้อื่นกำลังเขียนชีต Overrides อยู่ในขณะนี้ ยังไม่มีการเปลี่ยนแปลงใด ๆ โปรดลองอีกครั้งในอีกสักครู่',
  // การแทนค่าที่สิ้นสุดแล้ว ในอีเมลสรุป (src/core/history/alerts.ts)
  digestEndedSubject: '{count, plural, other {การแทนค่า # รายการใน {sheet} สิ้นสุดแล้ว}}',
  digestEndedIntro:
    '{count, plural, other {การแทนค่า # รายการเลยวันสิ้นสุดแล้วและหยุดใช้โดยอัตโนมัติ}}: ชีตกลับมาแสดงคะแนนที่คำนวณได้',
  digestEndedItem: '{set} ตั้งโดย {by} จนถึง {date}: {reason}',
  digestEndedItemNoBy: '{set} จนถึง {date}: {reason}',
  digestEndedScore: 'คะแนน {score}',
  digestEndedBand: 'ระดับ {band}',
  digestEndedScoreBand: 'คะแนน {score} และระดับ {band}',
  // Overrides: set-up's Overrides sheet, the Until onEdit fills in, header renames
  overridesSheetNotOurs:
    'สเปรดชีตนี้มีชีตชื่อ "{sheet}" อยู่แล้ว และแถวแรกของชีตนั้นไม่ใช่ {columns} การตั้งค่าจะเก็บค่า override ของทีมไว้ในชีตนี้ โปรดเปลี่ยนชื่อชีตของคุณ แล้วเรียกใช้ "{menu}" อีกครั้ง',
  overridesNameTaken:
    'สเปรดชีตนี้มีช่วงที่ตั้งชื่อ "{name}" อยู่แล้ว (ในชีต "{sheet}") ซึ่งเป็นชื่อที่ส่วนเสริมใช้กับชีต {target} ของตัวเอง โปรดเปลี่ยนชื่อช่วงของคุณ (ข้อมูล ▸ ช่วงที่ตั้งชื่อแล้ว) แล้วเรียกใช้ "{menu}" อีกครั้ง',
  toastUntilFilled: 'ตั้ง Until เป็น {date} แล้ว ({days} วันนับจากวันนี้) แก้ไขได้หาก override ควรสิ้นสุดเร็วหรือช้ากว่านี้',
  toastOverridesKeyRenamed: 'อัปเดต Overrides แล้ว: คอลัมน์บัญชีเปลี่ยนชื่อเป็น "{to}" ตามชื่อส่วนหัว',
  toastSegmentColumnRenamed: 'อัปเดต Health Model แล้ว: กลุ่มที่แบ่งตาม "{from}" เปลี่ยนเป็น "{to}" ตามชื่อคอลัมน์',
};
