/**
 * The MHLW 通いの場 open-data CSV (38 columns) and its Japanese wording for audiences, shared by the
 * sample-data generator and the bench data.
 */
export const MHLW_HEADERS = [
  'No', '都道府県コード', '都道府県名', '市区町村コード', '市区町村名', '備考', '名称（ふりがな）', '名称', '郵便番号',
  '所在地（都道府県から番地まで）', '所在地（建物名・部屋番号等）', '電話番号', '対象者', '活動内容',
  '運営日（平日）－開始', '運営日（平日）－終了', '運営日（土曜）－開始', '運営日（土曜）－終了', '運営日（日曜）－開始', '運営日（日曜）－終了',
  '運営日（祝日）－開始', '運営日（祝日）－終了', '定休日', '定員', '料金体系', '飲食の提供の有無', '飲食持ち込みの可否', '送迎の有無',
  '対象エリア', '総合事業実施の有無', 'その他', '法人番号の有無', '法人番号', '法人名称（ふりがな）', '法人名称', 'ステータス', '緯度', '経度',
];

export const AUDIENCE_JA = { elderly: '高齢者', parenting: '子育て中の方', children: '子ども', disability: '障がいのある方', multigenerational: '多世代', everyone: 'どなたでも' };
