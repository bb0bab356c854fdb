"""Demo lessons for parents and carers: lessons 18–19 (run by a teacher at a parents' meeting)."""

LESSONS = [
    {
        "slug": "dong-hanh-cung-con",
        "title": "Đồng hành cùng con trên mạng",
        "summary": (
            "Buổi họp giúp cha mẹ hiểu con làm gì trên mạng, trò chuyện với con không phán xét, cùng "
            "con lập quy tắc gia đình và dùng công cụ kiểm soát của phụ huynh phù hợp lứa tuổi."
        ),
        "age_bands": ["tieu-hoc", "thcs", "thpt"],
        "topics": ["internet-mang-xa-hoi", "su-dung-lanh-manh"],
        "audience": "parents",
        "duration": 60,
        "objectives": [
            "Hiểu lợi ích và rủi ro chính con gặp trên mạng ở từng lứa tuổi.",
            "Luyện cách trò chuyện cởi mở để con sẵn sàng kể khi gặp chuyện.",
            "Phác thảo bản quy tắc sử dụng thiết bị để hoàn thiện cùng con tại nhà.",
            "Biết dùng công cụ kiểm soát của phụ huynh phù hợp tuổi con, không thay cho trò chuyện.",
        ],
        "body": [
            (
                "text",
                "<p>Con lên mạng để học, giải trí, kết bạn. Cấm hẳn thì không khả thi; thả nổi thì "
                "con dễ gặp người lạ dụ dỗ, lừa đảo, bắt nạt, nội dung không phù hợp, thức khuya vì "
                "màn hình. Điều giúp con an toàn nhất là có một người lớn con tin tưởng và dám kể.</p>"
                "<ul>"
                "<li><b>Tiểu học:</b> con lên mạng cùng người lớn, thiết bị đặt ở phòng chung.</li>"
                "<li><b>THCS:</b> con bắt đầu có tài khoản riêng; cha mẹ cùng con cài đặt quyền "
                "riêng tư và thỏa thuận thời gian.</li>"
                "<li><b>THPT:</b> con tự quản lý nhiều hơn; cha mẹ là người tư vấn, giữ kết nối và "
                "làm gương.</li>"
                "</ul>",
            ),
            (
                "activity",
                {
                    "title": "Một ngày trên mạng của con",
                    "materials": "Giấy, bút, bảng.",
                    "steps": [
                        {
                            "minutes": 5,
                            "instruction": "Giáo viên nêu mục đích buổi họp; chia nhóm theo cấp học của con.",
                        },
                        {
                            "minutes": 10,
                            "instruction": (
                                "Mỗi phụ huynh ghi ra con thường làm gì trên mạng, vào lúc nào, với ai; "
                                "chia sẻ trong nhóm: điều gì mình biết chắc, điều gì chỉ đoán."
                            ),
                        },
                        {
                            "minutes": 5,
                            "instruction": (
                                "Giáo viên tổng hợp và gợi ý tối nay hỏi con: “Con chỉ bố mẹ chơi trò "
                                "con thích nhé?” — tò mò thay vì tra hỏi."
                            ),
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Nói sao để con kể",
                    "materials": "",
                    "steps": [
                        {
                            "minutes": 5,
                            "instruction": (
                                "Giáo viên đọc tình huống: con gái lớp 7 khóc vì bị nhóm bạn chế ảnh "
                                "trong nhóm chat. Hai cách phản ứng: (a) “Đã bảo bớt dùng điện thoại! "
                                "Đưa máy đây.” (b) “Mẹ rất tiếc con gặp chuyện này. Con kể mẹ nghe, "
                                "mình cùng tìm cách.”"
                            ),
                        },
                        {
                            "minutes": 10,
                            "instruction": (
                                "Nhóm phân tích: cách nào khiến con lần sau còn dám kể? Đóng vai theo "
                                "cặp: nghe hết, cảm ơn con đã kể, không tịch thu máy như hình phạt, "
                                "cùng con chụp màn hình làm bằng chứng và báo giáo viên chủ nhiệm."
                            ),
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Quy tắc gia đình và công cụ hỗ trợ",
                    "materials": "Mẫu bản thỏa thuận gia đình (giáo viên in sẵn).",
                    "steps": [
                        {
                            "minutes": 8,
                            "instruction": (
                                "Giáo viên giới thiệu công cụ kiểm soát của phụ huynh có sẵn trong "
                                "điện thoại, bộ phát wifi: giới hạn thời gian, lọc nội dung theo tuổi, "
                                "duyệt ứng dụng. Nói trước với con, nới dần khi con lớn; với tuổi THPT, "
                                "thỏa thuận thay vì theo dõi bí mật."
                            ),
                        },
                        {
                            "minutes": 10,
                            "instruction": (
                                "Phụ huynh phác thảo bản thỏa thuận: giờ không dùng thiết bị (bữa cơm, "
                                "sau 22 giờ), sạc điện thoại ngoài phòng ngủ, hỏi trước khi cài ứng "
                                "dụng hay kết bạn người lạ, cha mẹ cũng làm theo. Bản chính thức hoàn "
                                "thiện cùng con tại nhà."
                            ),
                        },
                        {
                            "minutes": 7,
                            "instruction": "Thảo luận các câu hỏi bên dưới và giải đáp thắc mắc.",
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Nhà mình đã có quy tắc nào về thiết bị? Con có được cùng đặt quy tắc không?",
                        "Con thấy bố mẹ dùng điện thoại như thế nào, và học được gì từ đó?",
                        "Khi nào cần công cụ kiểm soát, khi nào nên tin tưởng và trao quyền cho con?",
                        "Nếu con gặp chuyện trên mạng, con sẽ kể với ai? Làm sao để người đó là "
                        "mình?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Khi gia đình cần hỗ trợ",
                    "text": (
                        "Nếu con gặp chuyện trên mạng hoặc cha mẹ cần tư vấn cách xử lý, hãy liên hệ "
                        "giáo viên chủ nhiệm, tư vấn học đường hoặc gọi Tổng đài 111 (miễn phí, 24/7). "
                        "Báo cáo nội dung xâm hại trẻ em tại vn-cop.vn; gọi 113 nếu con đang gặp nguy "
                        "hiểm."
                    ),
                },
            ),
        ],
        "teacher_notes": (
            "<p>In đủ mẫu bản thỏa thuận để phụ huynh mang về. Giải thích đơn giản, không giới thiệu "
            "sản phẩm thương mại cụ thể; tránh gieo lo sợ, nhấn mạnh kết nối hơn kiểm soát.</p>"
            "<p>Nếu phụ huynh kể con đang bị bắt nạt, dụ dỗ hay đe dọa, trao đổi riêng sau buổi họp. "
            "Lắng nghe, không hứa giữ kín vì nhà trường cần biết để bảo vệ học sinh; báo ban giám "
            "hiệu, tư vấn học đường và hướng dẫn phụ huynh gọi 111.</p>"
        ),
    },
    {
        "slug": "dau-hieu-va-dang-anh-con",
        "title": "Dấu hiệu con bị tổn hại trên mạng và việc đăng ảnh con",
        "summary": (
            "Cha mẹ nhận biết dấu hiệu con bị tổn hại trên mạng, biết cách phản ứng và hiểu quy định "
            "về sự đồng ý khi đăng ảnh, thông tin của con."
        ),
        "age_bands": ["tieu-hoc", "thcs", "thpt"],
        "topics": ["nhan-biet-xam-hai", "thong-tin-ca-nhan", "tim-tro-giup"],
        "audience": "parents",
        "duration": 60,
        "objectives": [
            "Nhận biết những thay đổi ở con có thể là dấu hiệu con bị tổn hại trên mạng.",
            "Biết cách phản ứng khi con gặp chuyện: bình tĩnh, tin con, giữ bằng chứng, báo cáo.",
            "Hiểu quy định về thông tin riêng tư của trẻ em và sự đồng ý khi đăng ảnh con.",
            "Tự rà soát và điều chỉnh những gì gia đình đã đăng về con.",
        ],
        "body": [
            (
                "text",
                "<p>Trẻ bị bắt nạt, dụ dỗ hay tống tiền trên mạng thường không kể ngay vì sợ bị mắng, "
                "bị thu điện thoại hoặc bị kẻ xấu dọa. Cha mẹ thường là người đầu tiên nhận ra thay "
                "đổi ở con. Mặt khác, chính ảnh cha mẹ đăng về con — đồng phục có tên trường, bảng "
                "điểm, vị trí nhà — cũng có thể bị kẻ xấu lợi dụng.</p>"
                "<p>Luật Trẻ em 2016 quy định trẻ em có quyền bí mật đời sống riêng tư (Điều 21) và "
                "nghiêm cấm công bố, tiết lộ thông tin riêng tư của trẻ khi chưa được đồng ý (Điều 6). "
                "Theo Nghị định 56/2017/NĐ-CP, hình ảnh, tên trường, lớp, kết quả học tập, bạn bè của "
                "trẻ là thông tin riêng tư (Điều 33); đưa các thông tin này lên mạng phải có sự đồng "
                "ý của cha mẹ, người chăm sóc <b>và</b> của chính trẻ từ đủ 7 tuổi trở lên (Điều "
                "36).</p>",
            ),
            (
                "activity",
                {
                    "title": "Con có đang ổn không?",
                    "materials": "Bộ thẻ dấu hiệu cho mỗi nhóm.",
                    "steps": [
                        {
                            "minutes": 5,
                            "instruction": "Giáo viên nêu mục đích buổi họp; chia nhóm 4–5 người.",
                        },
                        {
                            "minutes": 10,
                            "instruction": (
                                "Nhóm xếp thẻ vào hai cột “đáng chú ý” và “bình thường ở tuổi này”: "
                                "vội tắt màn hình khi người lớn đến gần; thu mình, ngại đi học; mất "
                                "ngủ, bỏ ăn; có quà, thẻ nạp không rõ nguồn gốc; đòi tiền gấp; xóa tài "
                                "khoản đột ngột; nhắc đến “bạn mới” lớn tuổi chỉ quen trên mạng; thích "
                                "ở một mình nghe nhạc."
                            ),
                        },
                        {
                            "minutes": 5,
                            "instruction": (
                                "Giáo viên chốt: một dấu hiệu riêng lẻ chưa nói lên điều gì; đáng lo "
                                "là thay đổi đột ngột, kéo dài, nhiều dấu hiệu cùng lúc."
                            ),
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Khi con kể, mình làm gì?",
                    "materials": "",
                    "steps": [
                        {
                            "minutes": 5,
                            "instruction": (
                                "Tình huống: con trai lớp 11 thú nhận bị người lạ dọa tung ảnh nhạy "
                                "cảm nếu không chuyển 5 triệu đồng."
                            ),
                        },
                        {
                            "minutes": 10,
                            "instruction": (
                                "Nhóm thống nhất các bước: giữ bình tĩnh, không trách (“Con không có "
                                "lỗi, bố mẹ sẽ cùng con xử lý”); không trả tiền, con ngừng trả lời; "
                                "chụp màn hình tin nhắn, tên tài khoản nhưng không chuyển tiếp ảnh; báo "
                                "cáo tại vn-cop.vn, gọi 111, báo công an 113; để ý tâm trạng của con."
                            ),
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Trước khi đăng ảnh con",
                    "materials": "Điện thoại của phụ huynh.",
                    "steps": [
                        {
                            "minutes": 5,
                            "instruction": (
                                "Ba câu hỏi trước khi đăng: Con đã đồng ý chưa? Ảnh có lộ trường, lớp, "
                                "nhà, lịch sinh hoạt của con không? Mười năm nữa con có vui khi thấy "
                                "ảnh này?"
                            ),
                        },
                        {
                            "minutes": 8,
                            "instruction": (
                                "Phụ huynh xem lại trang cá nhân của mình, tìm ảnh lộ đồng phục, số "
                                "nhà, bảng điểm, ảnh con tắm hoặc mặc ít; chỉnh người xem hoặc gỡ bỏ."
                            ),
                        },
                        {
                            "minutes": 7,
                            "instruction": "Thảo luận các câu hỏi bên dưới và giải đáp thắc mắc.",
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Nếu con không muốn bố mẹ đăng một bức ảnh, mình sẽ phản ứng thế nào?",
                        "Vì sao trẻ bị bắt nạt, bị tống tiền thường giấu bố mẹ? Gia đình có thể "
                        "thay đổi điều gì?",
                        "Thu điện thoại khi con gặp chuyện có giúp con an toàn hơn không?",
                        "Nhóm phụ huynh có nên đăng ảnh các con khi chưa hỏi ý kiến từng gia đình?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Khi con bị tổn hại trên mạng",
                    "text": (
                        "Gọi Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 (miễn phí, 24/7). Báo cáo "
                        "nội dung xâm hại trẻ em tại vn-cop.vn. Gọi 113 nếu con bị đe dọa hoặc gặp nguy "
                        "hiểm. Báo giáo viên chủ nhiệm, tư vấn học đường để nhà trường cùng hỗ trợ."
                    ),
                },
            ),
        ],
        "teacher_notes": (
            "<p>Chuẩn bị bộ thẻ dấu hiệu và tờ tóm tắt quy định (Luật Trẻ em 2016, Điều 6, 21; Nghị "
            "định 56/2017/NĐ-CP, Điều 33, 36) để phát cho phụ huynh. Chỉ dùng tình huống hư cấu, không "
            "nhắc tới học sinh hay vụ việc có thật; không phê phán phụ huynh đã đăng ảnh con. Nhà "
            "trường cũng cần xin phép khi đăng ảnh học sinh.</p>"
            "<p>Nếu phụ huynh nhận ra con đang gặp chuyện, mời trao đổi riêng sau buổi họp; lắng "
            "nghe, không hứa giữ kín, báo ban giám hiệu, tư vấn học đường và hướng dẫn gọi 111.</p>"
        ),
    },
]
