// Text normalisation for keyword matching. People dodge keyword filters with full-width letters, upper case,
// traditional characters and junk between characters ("赌 博", "赌*博", "赌\u200b博"); all of those are
// folded away here, for the text and for the word lists alike, so the automaton compares like with like.
//
// Sentence punctuation is kept as a boundary instead of being dropped: joining across "，" or "。" would
// make a word out of the end of one clause and the start of the next ("…打赌。博物馆…"), a false positive
// that ordinary text hits far more often than evasion uses a comma.

/** Stands for a sentence boundary in normalised text; never part of a normalised word. */
export const BOUNDARY = '\n'

// After NFKC the full-width forms are ASCII (，→, ！→! …); 。、 and the CJK brackets have no compatibility form.
const BOUNDARY_CHARS = new Set([',', '!', '?', ';', ':', '\n', '\r', '。', '、', '…'])

// Traditional → simplified for characters common in the word lists' subjects (gambling, drugs, money,
// contact, insults) and everyday text. Pairs: traditional then simplified.
const TRADITIONAL_PAIRS =
  '賭赌錢钱發发開开關关麼么這这個个們们來来對对說说會会為为與与國国學学樂乐東东車车時时實实點点號号網网買买賣卖' +
  '貸贷貨货費费資资賺赚幣币銀银帳账賬账簽签證证單单當当億亿萬万場场莊庄娛娱馬马碼码門门輪轮盤盘籌筹賠赔贏赢' +
  '輸输機机槍枪彈弹藥药煙烟針针劑剂罌罂嗎吗搖摇頭头氣气獵猎鋼钢殺杀滅灭軍军陣阵約约騷骚賤贱蕩荡媽妈爺爷豬猪' +
  '腦脑殘残癡痴雞鸡幹干視视頻频圖图書书記记聯联繫系係系線线紅红額额標标價价優优領领獎奖務务員员職职業业廠厂' +
  '銷销購购貼贴騙骗詐诈險险穩稳團团隊队陸陆將将帶带廣广觀观歡欢鬥斗鬧闹龍龙鳥鸟魚鱼蝦虾雙双話话語语讓让認认' +
  '識识議议論论訴诉調调請请謝谢讀读寫写變变應应愛爱戀恋傳传偽伪體体幫帮師师術术衛卫韓韩漢汉灣湾臺台後后裡里' +
  '裏里邊边過过還还進进遠远運运達达選选遊游戲戏導导總总絕绝給给經经結结統统續续織织紙纸級级緣缘編编綠绿練练' +
  '組组細细終终羅罗麗丽擊击據据擬拟換换搶抢攝摄擁拥擇择舉举撥拨掃扫歲岁歷历歸归沒没溫温滿满濕湿漲涨澤泽潔洁' +
  '濟济熱热燈灯爛烂獨独產产畫画療疗盡尽監监盜盗礦矿禮礼禍祸稱称競竞筆笔簡简糧粮緊紧聽听聲声膠胶臉脸興兴艱艰' +
  '華华葉叶蘭兰處处蟲虫補补製制複复覺觉親亲觸触計计訂订訓训設设許许評评試试詢询該该詳详誠诚誤误課课誰谁談谈' +
  '謊谎護护讚赞貝贝負负財财貧贫責责貴贵貿贸賀贺賽赛贈赠趕赶躍跃軟软載载輕轻輩辈辦办農农連连週周遲迟鄉乡醫医' +
  '釋释鐘钟鐵铁長长閉闭間间閱阅階阶陽阳際际隨随雖虽雜杂離离難难電电靈灵靜静順顺預预題题顏颜願愿類类顯显風风' +
  '飛飞飯饭飲饮館馆驗验驚惊髮发鬆松鮮鲜鹽盐麥麦黃黄齊齐齒齿龜龟薦荐騎骑駕驾屍尸強强姦奸'

const TRADITIONAL = new Map<string, string>()
{
  const chars = Array.from(TRADITIONAL_PAIRS)
  for (let i = 0; i + 1 < chars.length; i += 2) if (chars[i] !== chars[i + 1]) TRADITIONAL.set(chars[i], chars[i + 1])
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u

/**
 * Normalise text for matching: NFKC (full-width → half-width, compatibility forms), lower case, traditional →
 * simplified for common characters, sentence punctuation → BOUNDARY, and everything else that is not a
 * letter or a digit (spaces, symbols, other punctuation, emoji, zero-width and other format characters)
 * removed. Returns code points.
 */
export function normalize(text: string): string[] {
  const out: string[] = []
  for (const raw of text.normalize('NFKC').toLowerCase()) {
    if (BOUNDARY_CHARS.has(raw)) {
      if (out.length > 0 && out[out.length - 1] !== BOUNDARY) out.push(BOUNDARY)
      continue
    }
    if (!LETTER_OR_NUMBER.test(raw)) continue
    out.push(TRADITIONAL.get(raw) ?? raw)
  }
  return out
}

/** Normalise a word-list entry: like `normalize`, with boundaries dropped (a keyword is never split). */
export function normalizeWord(word: string): string {
  return normalize(word)
    .filter((ch) => ch !== BOUNDARY)
    .join('')
}
