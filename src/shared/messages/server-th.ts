/** Thai strings of the server: menu, alerts and toasts (see server-en.ts). */
import type { ServerMessages } from './server';

export const serverTh: ServerMessages = {
  addonName: 'Customer Health Score',
  menuOpenPanel: 'เปิดแผงคะแนนสุขภาพลูกค้า',
  menuSetUp: 'ตั้งค่าคะแนนสุขภาพลูกค้า',
  menuTrafficLights: 'ใส่ไฟสถานะเขียว เหลือง แดง',
  menuSnapshot: 'บันทึกสแนปช็อตสุขภาพตอนนี้',
  menuImportSurveys: 'นำเข้าคำตอบแบบสำรวจ',
  menuExportCrm: 'ส่งออกสำหรับ CRM',
  menuHelp: 'ความช่วยเหลือ',
  sidebarTitle: 'คะแนนสุขภาพลูกค้า',
  alertErrorTitle: 'Customer Health Score: เกิดข้อผิดพลาด',
  alertNoAccountSheet: 'เปิดชีตที่มีรายชื่อบัญชีลูกค้าของคุณ (หนึ่งแถวต่อหนึ่งบัญชี ส่วนหัวอยู่ในแถวที่ 1) แล้วลองอีกครั้ง',
  toastSetUpDone: 'ตั้งค่าคะแนนสุขภาพลูกค้าใน "{sheet}" แล้ว ใช้ตัวชี้วัด {metrics} รายการ',
  toastSetUpUnchanged: 'คะแนนสุขภาพลูกค้าใน "{sheet}" ตั้งค่าไว้แล้ว ไม่มีอะไรเปลี่ยนแปลง',
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
  bandHealthy: 'สุขภาพดี',
  bandAtRisk: 'มีความเสี่ยง',
  bandUnhealthy: 'วิกฤต',
  bandNoScore: 'ไม่มีคะแนน',
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
};
